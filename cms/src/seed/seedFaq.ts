import type { Payload } from 'payload';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';
import type { SeedFaq } from './types.ts';

/** Publishes the demo FAQ, each entry answered by its referent organisation when it has one. */
export async function seedFaq(
  payload: Payload,
  entries: SeedFaq[],
  refs: { themes: Map<string, Id>; organisations: Map<string, Id> },
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress('FAQ entries', entries.length, log);
  for (const entry of entries) {
    if ((await findId(payload, 'faq', { question: { equals: entry.fr.question } })) == null) {
      const [answeredBy] = entry.answeredBy
        ? idsOf([entry.answeredBy], refs.organisations, 'organisation')
        : [];
      const doc = await payload.create({
        collection: 'faq',
        locale: 'fr',
        data: {
          question: entry.fr.question,
          answer: toLexical(entry.fr.answer),
          answeredBy,
          answeredAt: new Date(Date.now() - entry.daysAgo * 86_400_000).toISOString(),
          themes: idsOf(entry.themes, refs.themes, 'theme'),
          portals: entry.portals,
          isDemo: true,
          _status: 'published',
        },
        overrideAccess: true,
      });
      if (entry.nl) {
        await payload.update({
          collection: 'faq',
          id: doc.id,
          locale: 'nl',
          data: {
            question: entry.nl.question,
            answer: toLexical(entry.nl.answer),
            _status: 'published',
          },
          overrideAccess: true,
        });
      }
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
