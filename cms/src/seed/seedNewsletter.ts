import type { Locale } from '@portals/content-models';
import type { Payload, Where } from 'payload';
import { demoEditions, demoSubscribers } from './data/newsletter.ts';
import { findId } from './findId.ts';

const portal = 'hospichild';
const period = '2026-11';

/** The newest published items of Hospichild that exist in `locale`: the demo edition's content. */
async function itemsIn(payload: Payload, collection: 'articles' | 'agenda', locale: Locale) {
  const { docs } = await payload.find({
    collection,
    where: {
      and: [
        { portals: { contains: portal } },
        { _status: { equals: 'published' } },
        { slug: { exists: true } },
        ...(collection === 'articles' ? [{ kind: { equals: 'news' } }] : []),
      ],
    },
    locale,
    fallbackLocale: false,
    sort: collection === 'articles' ? '-publishedAt' : 'startsAt',
    limit: 3,
    depth: 0,
    overrideAccess: true,
  });
  return docs.filter((doc) => Boolean(doc.slug)).map((doc) => doc.id);
}

/**
 * Demo newsletter data on Hospichild (issue #12): a few subscribers in each state, and one
 * edition per language already sent (written as such: no e-mail leaves during a seed).
 */
export async function seedNewsletter(payload: Payload, log: (line: string) => void) {
  let created = 0;
  for (const subscriber of demoSubscribers) {
    if ((await findId(payload, 'subscribers', { email: { equals: subscriber.email } })) != null) {
      continue;
    }
    await payload.create({
      collection: 'subscribers',
      data: {
        ...subscriber,
        portal,
        confirmedAt: subscriber.state === 'pending' ? null : '2026-10-15T09:00:00.000Z',
        isDemo: true,
      },
      overrideAccess: true,
    });
    created += 1;
  }
  for (const locale of ['fr', 'nl'] as const) {
    const where: Where = {
      and: [
        { portal: { equals: portal } },
        { locale: { equals: locale } },
        { period: { equals: period } },
      ],
    };
    if ((await findId(payload, 'newsletter-editions', where)) != null) continue;
    await payload.create({
      collection: 'newsletter-editions',
      data: {
        ...demoEditions[locale],
        portal,
        locale,
        period,
        news: await itemsIn(payload, 'articles', locale),
        events: await itemsIn(payload, 'agenda', locale),
        state: 'sent',
        sentAt: '2026-12-01T08:00:00.000Z',
        report: { recipients: 1, sent: 1, failed: 0, bounced: 0 },
        isDemo: true,
      },
      overrideAccess: true,
    });
    created += 1;
  }
  log(`  newsletter: ${created} new subscriber(s) and edition(s)`);
  return { created };
}
