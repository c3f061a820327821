import type { Field, Payload } from 'payload';

type Language = 'fr' | 'nl';

const stateNames: Record<string, Record<Language, string>> = {
  missing: { fr: 'manquante', nl: 'ontbreekt' },
  outdated: { fr: 'obsolète', nl: 'verouderd' },
  'up-to-date': { fr: 'à jour', nl: 'bijgewerkt' },
};

/** The admin label of the field at a dotted path, in the editor's language, or the path itself. */
function labelOf(fields: Field[], path: string, language: Language): string {
  const [head, ...rest] = path.split('.');
  for (const field of fields) {
    if (field.type === 'tabs') {
      const found = field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : tab.fields));
      const label = labelOf(found, path, language);
      if (label !== path) return label;
      const named = field.tabs.find((tab) => 'name' in tab && tab.name === head);
      if (named) return labelOf(named.fields, rest.join('.'), language);
    } else if (field.type === 'row' || field.type === 'collapsible') {
      const label = labelOf(field.fields, path, language);
      if (label !== path) return label;
    } else if ('name' in field && field.name === head) {
      const own =
        'label' in field && field.label && typeof field.label === 'object'
          ? field.label[language]
          : field.name;
      if (rest.length === 0 || field.type !== 'group') return own ?? field.name;
      return `${own ?? field.name} › ${labelOf(field.fields, rest.join('.'), language)}`;
    }
  }
  return path;
}

interface Props {
  data?: { translationDetails?: { status?: Record<string, Record<string, string>> } };
  collectionSlug?: string;
  payload: Payload;
  i18n?: { language?: string };
}

/** Edit view: every translated field of every target locale with its status. */
export function TranslationTable({ data, collectionSlug, payload, i18n }: Props) {
  const language: Language = i18n?.language === 'nl' ? 'nl' : 'fr';
  const status = data?.translationDetails?.status ?? {};
  const fields = collectionSlug
    ? (payload.collections[collectionSlug as 'articles']?.config.fields ?? [])
    : [];
  const locales = Object.entries(status);
  if (locales.length === 0) return null;
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      {locales.map(([locale, byField]) => (
        <table key={locale} style={{ width: '100%', fontSize: '0.85em' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>
            {language === 'nl' ? 'Vertaling' : 'Traduction'} {locale.toUpperCase()}
          </caption>
          <tbody>
            {Object.entries(byField).map(([path, state]) => (
              <tr key={path}>
                <td>{labelOf(fields, path, language)}</td>
                <td
                  style={{ color: state === 'up-to-date' ? 'inherit' : 'var(--theme-error-500)' }}
                >
                  {stateNames[state]?.[language] ?? state}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
