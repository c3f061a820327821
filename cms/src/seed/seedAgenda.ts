import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { brusselsTime } from './brusselsTime.ts';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';
import type { SeedAgendaItem } from './types.ts';

const timezone = 'Europe/Brussels';

/** The start and end instants: all-day items run from midnight to the last day's 23:59. */
function when(item: SeedAgendaItem) {
  const lastDay = item.inDays + (item.days ?? 1) - 1;
  if (item.allDay)
    return { startsAt: brusselsTime(item.inDays), endsAt: brusselsTime(lastDay, '23:59') };
  return {
    startsAt: brusselsTime(item.inDays, item.start),
    endsAt: brusselsTime(lastDay, item.end ?? item.start),
  };
}

/** Publishes the demo agenda, dated around the day the seed runs. */
export async function seedAgenda(
  payload: Payload,
  items: SeedAgendaItem[],
  themeIds: Map<string, Id>,
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress('agenda items', items.length, log);
  for (const item of items) {
    const slug = slugify(item.fr.title);
    if ((await findId(payload, 'agenda', { slug: { equals: slug } })) == null) {
      const doc = await payload.create({
        collection: 'agenda',
        locale: 'fr',
        data: {
          title: item.fr.title,
          slug,
          kind: item.kind,
          description: toLexical(item.fr.description),
          ...when(item),
          startsAt_tz: timezone,
          endsAt_tz: timezone,
          allDay: item.allDay ?? false,
          cancelled: item.cancelled ?? false,
          cancellationNote: item.fr.cancellationNote,
          place: item.fr.place,
          onlineUrl: item.onlineUrl,
          organiser: item.organiser,
          audiences: item.audiences,
          registrationUrl: item.registrationUrl,
          price: item.fr.price,
          themes: idsOf(item.themes, themeIds, 'theme'),
          portals: item.portals,
          isDemo: true,
          _status: 'published',
        },
        overrideAccess: true,
      });
      if (item.nl) {
        await payload.update({
          collection: 'agenda',
          id: doc.id,
          locale: 'nl',
          data: {
            title: item.nl.title,
            slug: slugify(item.nl.title),
            description: toLexical(item.nl.description),
            place: item.nl.place,
            price: item.nl.price,
            cancellationNote: item.nl.cancellationNote,
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
