import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { midwives } from './data/midwives.ts';
import { findId } from './findId.ts';
import { progress } from './progress.ts';

/** Publishes the fictitious midwives of Born in Brussels, skipping those already there. */
export async function seedMidwives(payload: Payload, log: (line: string) => void) {
  let created = 0;
  const bar = progress('midwives', midwives.length, log);
  for (const midwife of midwives) {
    if ((await findId(payload, 'midwives', { name: { equals: midwife.name } })) == null) {
      const mailbox = slugify(midwife.name.replace(/\(.*\)/, ''));
      const doc = await payload.create({
        collection: 'midwives',
        locale: 'fr',
        data: {
          name: midwife.name,
          languages: midwife.languages,
          communes: midwife.communes,
          specialities: midwife.specialities,
          contact: { phone: midwife.phone, email: `${mailbox}@example.org` },
          availability: midwife.availability.fr,
          portals: ['born-in-brussels'],
          isDemo: true,
          _status: 'published',
        },
        overrideAccess: true,
      });
      await payload.update({
        collection: 'midwives',
        id: doc.id,
        locale: 'nl',
        data: { availability: midwife.availability.nl, _status: 'published' },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
