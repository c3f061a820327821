'use client';
import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui';
import { useState } from 'react';

type Language = 'fr' | 'nl';

const words = {
  reply: { fr: 'Répondre par e-mail', nl: 'Per e-mail antwoorden' },
  faq: { fr: 'Créer une question fréquente', nl: 'Veelgestelde vraag aanmaken' },
  sent: { fr: 'Réponse envoyée.', nl: 'Antwoord verstuurd.' },
  created: {
    fr: 'Brouillon de question fréquente créé : relisez-le et envoyez-le en validation.',
    nl: 'Ontwerp van veelgestelde vraag aangemaakt: lees het na en stuur het ter validatie.',
  },
  failed: { fr: 'Échec : ', nl: 'Mislukt: ' },
} satisfies Record<string, Record<Language, string>>;

/**
 * Above an inbox message: "reply by e-mail" (sends the reply field as it stands, then the
 * message shows as answered) and, for an answered question, "turn into an FAQ entry", which
 * opens the new draft. Both call the message's endpoints (`src/forms/`); the outcome is
 * announced in a live region.
 */
export function MessageActions() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'nl' ? 'nl' : 'fr';
  const { config } = useConfig();
  const { id } = useDocumentInfo();
  const reply = useFormFields(([fields]) => fields.reply?.value);
  const kind = useFormFields(([fields]) => fields.kind?.value);
  const [status, setStatus] = useState('');
  if (id == null) return null;
  const base = `${config.serverURL}${config.routes.api}/messages/${String(id)}`;

  async function post(action: 'reply' | 'faq', body: object) {
    const response = await fetch(`${base}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as {
      id?: number | string;
      errors?: { message?: string }[];
    };
    if (!response.ok) throw new Error(json.errors?.[0]?.message ?? String(response.status));
    return json;
  }

  const act = (action: 'reply' | 'faq') => {
    const body = action === 'reply' && typeof reply === 'string' ? { reply } : {};
    post(action, body)
      .then((json) => {
        if (action === 'faq' && json.id != null) {
          window.location.assign(`${config.routes.admin}/collections/faq/${String(json.id)}`);
          setStatus(words.created[language]);
          return;
        }
        setStatus(words.sent[language]);
        window.location.reload();
      })
      .catch((error: unknown) => {
        setStatus(`${words.failed[language]}${error instanceof Error ? error.message : ''}`);
      });
  };

  return (
    <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => act('reply')}>
        {words.reply[language]}
      </Button>
      {kind === 'question' && (
        <Button buttonStyle="secondary" size="small" onClick={() => act('faq')}>
          {words.faq[language]}
        </Button>
      )}
      <span role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
