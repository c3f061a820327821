'use client';
import { useConfig, useTranslation } from '@payloadcms/ui';
import { ago, portalName, statusSentence } from './buildStatusText.ts';
import { useBuildStatus } from './useBuildStatus.ts';

const cell = { padding: '0.4rem 0.8rem 0.4rem 0', verticalAlign: 'top' } as const;

/** Dashboard block: per portal, what is live, the last build, and what is on its way. */
export function BuildStatusPanel() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'nl' ? 'nl' : 'fr';
  const fr = language === 'fr';
  const { config } = useConfig();
  const statuses = useBuildStatus();
  if (!statuses || statuses.length === 0) return null;
  const seconds = (ms: number | null) => (ms === null ? '' : `${(ms / 1000).toFixed(0)} s`);
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h2>{fr ? 'Publication des portails' : 'Publicatie van de portalen'}</h2>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell} scope="col">
              {fr ? 'Portail' : 'Portaal'}
            </th>
            <th style={cell} scope="col">
              {fr ? 'État' : 'Status'}
            </th>
            <th style={cell} scope="col">
              {fr ? 'Dernière publication' : 'Laatste publicatie'}
            </th>
          </tr>
        </thead>
        <tbody aria-live="polite">
          {statuses.map((status) => (
            <tr key={status.portal} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
              <th style={cell} scope="row">
                {portalName(status.portal, language)}
              </th>
              <td style={cell}>
                {statusSentence(status, language)}
                {status.queued ? (
                  <div>
                    <small>
                      {fr ? 'En attente : ' : 'In de wachtrij: '}
                      {status.queued.summary}
                    </small>
                  </div>
                ) : null}
              </td>
              <td style={cell}>
                {status.last ? (
                  <>
                    <a href={`${config.routes.admin}/collections/builds/${String(status.last.id)}`}>
                      {status.last.status === 'succeeded'
                        ? fr
                          ? 'réussie'
                          : 'geslaagd'
                        : fr
                          ? 'échec'
                          : 'mislukt'}
                    </a>{' '}
                    <small>
                      {ago(status.last.finishedAt, language)}, {seconds(status.last.durationMs)},{' '}
                      {status.last.summary}
                    </small>
                    {status.last.error ? (
                      <div>
                        <small>{status.last.error.slice(0, 300)}</small>
                      </div>
                    ) : null}
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`${config.routes.admin}/collections/builds`}>
          {fr ? 'Historique des publications' : 'Publicatiegeschiedenis'}
        </a>
      </p>
    </section>
  );
}
