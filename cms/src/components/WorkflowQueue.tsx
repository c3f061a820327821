import type { Payload } from 'payload';
import { findQueue } from '../workflow/queues.ts';
import { QueueList } from './QueueList.tsx';

interface Props {
  payload: Payload;
  user?: unknown;
  i18n?: { language?: string };
}

/** Dashboard block: the documents waiting for the logged-in editor or referent. */
export async function WorkflowQueue({ payload, user, i18n }: Props) {
  const language = i18n?.language === 'nl' ? 'nl' : 'fr';
  const items = await findQueue(payload, user);
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h2>{language === 'nl' ? 'Wacht op u' : 'En attente de vous'}</h2>
      <QueueList
        items={items}
        adminRoute={payload.config.routes.admin}
        language={language}
        empty={language === 'nl' ? 'Niets te doen.' : 'Rien en attente.'}
      />
    </section>
  );
}
