import { getPortal, slugify } from '@portals/content-models';
import type { Payload, Where } from 'payload';
import { portalRecords, redirectSeeds } from './data/portals.ts';
import { findId, type Id } from './findId.ts';
import { progress } from './progress.ts';

async function articleId(payload: Payload, slug: string): Promise<Id> {
  const id = await findId(payload, 'articles', { slug: { equals: slugify(slug) } });
  if (id == null) throw new Error(`Seed portal settings refer to unknown article "${slug}".`);
  return id;
}

/** The announcement's last day, relative to the day the seed runs, as Payload stores dates. */
function untilDate(inDays: number | undefined): string | undefined {
  if (inDays === undefined) return undefined;
  return new Date(Date.now() + inDays * 86_400_000).toISOString();
}

/** One settings record per portal: locales, base URL, contact, footer and home page. */
export async function seedPortals(payload: Payload, log: (line: string) => void) {
  let created = 0;
  const bar = progress('portal records', portalRecords.length, log);
  for (const record of portalRecords) {
    if ((await findId(payload, 'portals', { portal: { equals: record.portal } })) == null) {
      const portal = getPortal(record.portal);
      const article = (slug: string) => articleId(payload, slug);
      const featured = await Promise.all(
        record.featured.map(async (slug) => ({
          relationTo: 'articles' as const,
          value: await article(slug),
        })),
      );
      const doc = await payload.create({
        collection: 'portals',
        locale: 'fr',
        data: {
          portal: record.portal,
          name: portal.name.fr,
          locales: [...portal.locales],
          baseUrl: `http://localhost:${portal.localPort}`,
          contactEmail: record.contactEmail,
          footerPages: await Promise.all(record.footer.map(article)),
          home: {
            announcement: {
              ...record.announcement.fr,
              link: { relationTo: 'articles', value: await article(record.announcement.article) },
              until: untilDate(record.announcement.untilInDays),
            },
            featured,
          },
        },
        overrideAccess: true,
      });
      if (record.announcement.nl && portal.locales.includes('nl')) {
        await payload.update({
          collection: 'portals',
          id: doc.id,
          locale: 'nl',
          data: { name: portal.name.nl, home: { announcement: record.announcement.nl } },
          overrideAccess: true,
        });
      }
      created += 1;
    }
    bar.tick();
  }
  return { created };
}

/** The demo redirects from the previous sites' addresses. */
export async function seedRedirects(payload: Payload, log: (line: string) => void) {
  let created = 0;
  const bar = progress('redirects', redirectSeeds.length, log);
  for (const redirect of redirectSeeds) {
    const where: Where = {
      and: [{ from: { equals: redirect.from } }, { portal: { equals: redirect.portal } }],
    };
    if ((await findId(payload, 'redirects', where)) == null) {
      const toDocument = redirect.toArticle
        ? { relationTo: 'articles' as const, value: await articleId(payload, redirect.toArticle) }
        : undefined;
      await payload.create({
        collection: 'redirects',
        data: {
          from: redirect.from,
          toPath: redirect.toPath,
          toDocument,
          statusCode: redirect.statusCode,
          portal: redirect.portal,
          locale: redirect.locale,
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
