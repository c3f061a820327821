/** Collection slugs: the REST paths (`/api/<slug>`) the sites read. */
export const collectionSlugs = {
  users: 'users',
  media: 'media',
  articles: 'articles',
  sections: 'sections',
  portals: 'portals',
  themes: 'themes',
  hospitals: 'hospitals',
  mutualities: 'mutualities',
  agenda: 'agenda',
  faq: 'faq',
  referentOrganisations: 'referent-organisations',
  documents: 'documents',
  projects: 'projects',
  tools: 'tools',
  journeys: 'journeys',
  redirects: 'redirects',
  auditLog: 'audit-log',
  midwives: 'midwives',
  builds: 'builds',
  // The newsletter (issue #12): editions are read by the portals (archive), the others never.
  newsletterEditions: 'newsletter-editions',
  subscribers: 'subscribers',
  newsletterDeliveries: 'newsletter-deliveries',
  messages: 'messages',
} as const;

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs];

/**
 * Turns a title into a URL segment: lower case ASCII, words joined by hyphens.
 * Accents are folded (é → e) so that French and Dutch slugs stay readable and typeable.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '');
}

/** A valid slug is what `slugify` produces: non-empty, lower case, hyphen-separated. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
