import { slugify, type PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import { demoImage } from './demoImage.ts';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';
import type { SeedArticle, SeedReuse, SeedText } from './types.ts';

function localized(text: SeedText) {
  return {
    title: text.title,
    slug: slugify(text.title),
    summary: text.summary,
    body: toLexical(text.body),
  };
}

/** Uploads the demo cover of an article with its alternative text in both languages. */
async function seedCover(
  payload: Payload,
  key: string,
  alt: { fr: string; nl: string },
  portals: PortalId[],
) {
  const data = await demoImage();
  const media = await payload.create({
    collection: 'media',
    locale: 'fr',
    data: { alt: alt.fr, portals },
    file: { data, mimetype: 'image/jpeg', name: `demo-${key}.jpg`, size: data.length },
    overrideAccess: true,
  });
  await payload.update({
    collection: 'media',
    id: media.id,
    locale: 'nl',
    data: { alt: alt.nl },
    overrideAccess: true,
  });
  return media.id;
}

/** What an article's relationships point to, by seed key. */
export interface ArticleRefs {
  sections: Map<string, Id>;
  themes?: Map<string, Id>;
}

/** Publishes the demo articles of one portal, skipping those already there. */
export async function seedArticles(
  payload: Payload,
  portal: PortalId,
  articles: SeedArticle[],
  refs: ArticleRefs,
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress(`articles (${portal})`, articles.length, log);
  for (const article of articles) {
    const source = article.fr ?? article.nl;
    const sourceLocale = article.fr ? 'fr' : 'nl';
    if (!source)
      throw new Error(`Seed article "${article.key}" has neither French nor Dutch text.`);
    const exists = await findId(
      payload,
      'articles',
      { slug: { equals: slugify(source.title) } },
      sourceLocale,
    );
    if (exists == null) {
      const image =
        article.image &&
        (await seedCover(payload, article.key, article.image, article.portals ?? [portal]));
      const doc = await payload.create({
        collection: 'articles',
        locale: sourceLocale,
        data: {
          ...localized(source),
          kind: article.kind,
          portals: article.portals ?? [portal],
          sections: idsOf(article.sections, refs.sections, 'section'),
          themes: refs.themes ? idsOf(article.themes, refs.themes, 'theme') : [],
          directoryCategories: article.directoryCategories,
          publishedAt: article.publishedAt,
          ...(image && { seo: { image } }),
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

/**
 * Places existing articles of another portal in this portal's tree as well: one document,
 * published on both portals, its canonical place unchanged (placements are appended).
 */
export async function placeReusedArticles(
  payload: Payload,
  portal: PortalId,
  reuse: SeedReuse[],
  sectionIds: Map<string, Id>,
  log: (line: string) => void,
) {
  const bar = progress(`reused articles (${portal})`, reuse.length, log);
  for (const item of reuse) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: item.slug } },
      locale: 'fr',
      depth: 0,
      limit: 1,
      overrideAccess: true,
    });
    const doc = docs[0];
    if (!doc) throw new Error(`Seed reuses unknown article "${item.slug}".`);
    const sections = (doc.sections ?? []).map((section) =>
      typeof section === 'object' ? section.id : section,
    );
    const wanted = idsOf(item.sections, sectionIds, 'section').filter(
      (id) => !sections.includes(id),
    );
    if (wanted.length > 0 || !doc.portals.includes(portal)) {
      await payload.update({
        collection: 'articles',
        id: doc.id,
        data: {
          portals: [...new Set([...doc.portals, portal])],
          sections: [...sections, ...wanted],
          _status: 'published',
        },
        overrideAccess: true,
      });
    }
    bar.tick();
  }
}
