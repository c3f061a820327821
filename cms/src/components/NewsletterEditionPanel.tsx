'use client';
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui';
import { useCallback, useEffect, useState } from 'react';
import { panelText } from './newsletterPanelText.ts';

interface Progress {
  state: 'draft' | 'scheduled' | 'sending' | 'sent';
  report: { recipients: number; sent: number; failed: number; bounced: number };
}

/**
 * The edition's sending panel: assemble, preview as it will arrive (the HTML in a sandboxed
 * frame: no script of the e-mail runs in the admin), test send to oneself, schedule or send,
 * then progress and report, refreshed while it sends. Each button calls an edition endpoint.
 */
export function NewsletterEditionPanel() {
  const { i18n } = useTranslation();
  const text = panelText[i18n.language === 'nl' ? 'nl' : 'fr'];
  const { id } = useDocumentInfo();
  const { config } = useConfig();
  const base = `${config.serverURL}${config.routes.api}/newsletter-editions/${String(id)}`;
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState('');
  const [frameKey, setFrameKey] = useState(0);

  const refresh = useCallback(async () => {
    const response = await fetch(`${base}/progress`, { credentials: 'include' });
    if (response.ok) setProgress((await response.json()) as Progress);
  }, [base]);

  useEffect(() => {
    if (!id) return;
    void refresh();
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [id, refresh]);

  if (!id) return <p>{text.saveFirst}</p>;

  const act = async (action: string, done: string, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    const response = await fetch(`${base}/${action}`, { method: 'POST', credentials: 'include' });
    const body = (await response.json().catch(() => ({}))) as {
      errors?: { message?: string }[];
    };
    setMessage(response.ok ? done : (body.errors?.[0]?.message ?? text.failed));
    setFrameKey((key) => key + 1);
    await refresh();
  };

  const state = progress?.state ?? 'draft';
  const report = progress?.report;
  return (
    <section aria-labelledby="newsletter-panel" style={{ margin: '1.5rem 0' }}>
      <h3 id="newsletter-panel">{text.title}</h3>
      <p>
        {text.state}: <strong>{text.states[state]}</strong>
      </p>
      {report && state !== 'draft' && (
        <p role="status" aria-live="polite">
          {text.report(report)}
        </p>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {state === 'draft' && (
          <button type="button" onClick={() => void act('assemble', text.assembled)}>
            {text.assemble}
          </button>
        )}
        <button type="button" onClick={() => void act('test', text.tested)}>
          {text.test}
        </button>
        {state === 'draft' && (
          <button type="button" onClick={() => void act('schedule', text.scheduled)}>
            {text.schedule}
          </button>
        )}
        {state === 'scheduled' && (
          <button type="button" onClick={() => void act('unschedule', text.unscheduled)}>
            {text.unschedule}
          </button>
        )}
        {(state === 'draft' || state === 'scheduled') && (
          <button type="button" onClick={() => void act('send', text.started, text.confirmSend)}>
            {text.send}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <iframe
        key={frameKey}
        title={text.preview}
        src={`${base}/preview`}
        sandbox=""
        style={{ width: '100%', height: '40rem', border: '1px solid #ccc', background: '#fff' }}
      />
      <p>
        <a href={`${base}/preview?text`} target="_blank" rel="noreferrer">
          {text.textVersion}
        </a>
      </p>
    </section>
  );
}
