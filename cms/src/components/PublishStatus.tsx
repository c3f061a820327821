'use client';
import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui';
import { statusSentence, portalName } from './buildStatusText.ts';
import { useBuildStatus } from './useBuildStatus.ts';

/**
 * Next to the save buttons: for each portal the document is on, whether the last publication
 * is live, or in how many seconds it will be. Announced politely to screen readers.
 */
export function PublishStatus() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'nl' ? 'nl' : 'fr';
  const { config } = useConfig();
  const value = useFormFields(([fields]) => fields.portals?.value ?? fields.portal?.value);
  const statuses = useBuildStatus();
  if (!statuses) return null;
  const mine = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null;
  const shown = mine ? statuses.filter((status) => mine.includes(status.portal)) : statuses;
  if (shown.length === 0) return null;
  return (
    <div role="status" aria-live="polite" style={{ fontSize: '0.85rem', lineHeight: 1.3 }}>
      {shown.map((status) => (
        <div key={status.portal}>
          <strong>{portalName(status.portal, language)}</strong>
          {' · '}
          {status.last?.status === 'failed' && !status.queued && !status.running ? (
            <a href={`${config.routes.admin}/collections/builds/${String(status.last.id)}`}>
              {statusSentence(status, language)}
            </a>
          ) : (
            statusSentence(status, language)
          )}
        </div>
      ))}
    </div>
  );
}
