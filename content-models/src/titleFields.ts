import type { CollectionSlug } from './slugs.ts';
import type { Config } from './payload-types.ts';

type Collections = Config['collections'];

/**
 * The field that names a document of each collection: the admin's `useAsTitle`, and what
 * build records, audit entries, workflow e-mails and queues show. Each is a text field of the
 * generated type (checked below), localized or not.
 */
export const titleFields = {
  users: 'email',
  media: 'filename',
  articles: 'title',
  sections: 'title',
  portals: 'name',
  themes: 'title',
  hospitals: 'name',
  mutualities: 'name',
  agenda: 'title',
  faq: 'question',
  'referent-organisations': 'name',
  documents: 'title',
  projects: 'title',
  tools: 'title',
  journeys: 'title',
  redirects: 'from',
  'audit-log': 'summary',
  midwives: 'name',
  builds: 'summary',
  'newsletter-editions': 'title',
  subscribers: 'email',
  'newsletter-deliveries': 'email',
  messages: 'subject',
} as const satisfies { [C in CollectionSlug]: keyof Collections[C] & string };

/**
 * What a document is called in messages: its title field when it holds text, else `#<id>`.
 * Unknown collections (Payload's own) fall back to `title`, then `name`.
 */
export function documentTitle(collection: string, doc: Record<string, unknown>): string {
  const field = (titleFields as Record<string, string | undefined>)[collection];
  const candidates = field ? [doc[field]] : [doc.title, doc.name];
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  }
  return `#${String(doc.id)}`;
}
