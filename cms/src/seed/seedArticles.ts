import { slugify, type PortalId } from '@portals/content-models';
import type { Section } from '@portals/content-models/payload-types';
import type { Payload } from 'payload';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';
import type { SeedArticle, SeedText } from './types.ts';

function localized(text: SeedText) {
  return {
    title: text.title,
    slug: slugify(text.title),
    summary: text.summary,
    body: toLexical(text.body),
  };
}

/** Publishes the demo articles of one portal, skipping those already there. */
export async function seedArticles(
  payload: Payload,
  portal: PortalId,
  articles: SeedArticle[],
  sectionIds: Map<string, Section['id']>,
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress(`articles (${portal})`, articles.length, log);
  for (const article of articles) {
    const source = article.fr ?? article.nl;
    const sourceLocale = article.fr ? 'fr' : 'nl';
    if (!source) throw new Error(`Seed article "${article.key}" has neither French nor Dutch text.`);
    const exists = await payload.count({
      collection: 'articles',
      where: { slug: { equals: slugify(source.title) } },
      locale: sourceLocale,
      overrideAccess: true,
    });
    if (exists.totalDocs === 0) {
      const sections = article.sections.map((key) => {
        const id = sectionIds.get(key);
        if (id == null) throw new Error(`Seed article "${article.key}" names unknown section "${key}".`);
        return id;
      });
      const doc = await payload.create({
        collection: 'articles',
        locale: sourceLocale,
        data: {
          ...localized(source),
          kind: article.kind,
          portals: [portal],
          sections,
          publishedAt: article.publishedAt,
          isDemo: true,
          _status: 'published',
        },
        overrideAccess: true,
      });
      if (article.fr && article.nl) {
        await payload.update({
          collection: 'articles',
          id: doc.id,
          locale: 'nl',
          data: { ...localized(article.nl), _status: 'published' },
          overrideAccess: true,
        });
      }
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
