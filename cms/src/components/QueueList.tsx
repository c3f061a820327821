import type { QueueItem } from '../workflow/queues.ts';

const stateNames: Record<string, { fr: string; nl: string }> = {
  'in-validation': { fr: 'en validation', nl: 'ter validatie' },
  'changes-requested': { fr: 'modifications demandées', nl: 'wijzigingen gevraagd' },
  validated: { fr: 'validé, à publier', nl: 'gevalideerd, te publiceren' },
  writing: { fr: 'en rédaction', nl: 'in redactie' },
  published: { fr: 'publié', nl: 'gepubliceerd' },
};

interface Props {
  items: QueueItem[];
  adminRoute: string;
  language: 'fr' | 'nl';
  empty: string;
  showDue?: boolean;
}

/** A plain list of documents with their state, linking to their edit view. */
export function QueueList({ items, adminRoute, language, empty, showDue = false }: Props) {
  if (items.length === 0) return <p>{empty}</p>;
  const date = new Intl.DateTimeFormat(language === 'nl' ? 'nl-BE' : 'fr-BE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Brussels',
  });
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => (
        <li
          key={`${item.collection}-${String(item.id)}`}
          style={{ padding: '0.4rem 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
        >
          <a href={`${adminRoute}/collections/${item.collection}/${String(item.id)}`}>
            {item.title}
          </a>{' '}
          <small>
            ({item.collection}, {stateNames[item.state]?.[language] ?? item.state}
            {showDue && item.reviewDueAt ? `, ${date.format(new Date(item.reviewDueAt))}` : ''})
          </small>
        </li>
      ))}
    </ul>
  );
}
