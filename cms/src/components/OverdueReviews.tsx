import type { Payload } from 'payload';
import { asStaff } from '../access/user.ts';
import { findOverdue } from '../workflow/queues.ts';
import { QueueList } from './QueueList.tsx';

interface Props {
  payload: Payload;
  user?: unknown;
  i18n?: { language?: string };
}

/** Dashboard block for admins: texts whose review-due date has passed. */
export async function OverdueReviews({ payload, user, i18n }: Props) {
  if (asStaff(user)?.role !== 'admin') return null;
  const language = i18n?.language === 'nl' ? 'nl' : 'fr';
  const items = await findOverdue(payload);
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h2>{language === 'nl' ? 'Herlezing te laat' : 'Relectures en retard'}</h2>
      <QueueList
        items={items}
        adminRoute={payload.config.routes.admin}
        language={language}
        showDue
        empty={language === 'nl' ? 'Geen enkele tekst is te laat.' : 'Aucun texte en retard.'}
      />
    </section>
  );
}
