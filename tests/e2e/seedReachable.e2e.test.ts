import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales, portals, type Locale } from '@portals/content-models';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { staticRoot } from '../../scripts/lib/releaseLayout.ts';
import { publishedDocs, textOf, type LocalizedDoc } from './support/cmsArticles.ts';

// Issue #9: every published hospital, mutuality, agenda item and FAQ entry of the seed has its
// place on Hospichild in each language it is written in, read from the CMS as the build reads
// it and checked against the files of the live release.
const cmsUrl = inject('cmsUrl');
const root = staticRoot(inject('siteLiveDir'));
const portal = portals.hospichild.id;

/** The HTML of a built page, or null when the release has no such page. */
function page(urlPath: string): string | null {
  const file = path.join(root, urlPath, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The text of HTML with the entities Astro writes decoded, to find names in it. */
function decoded(html: string): string {
  return html
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** A rich text written in `locale`: some text in its Lexical tree. */
function hasRichText(doc: LocalizedDoc, field: string, locale: string): boolean {
  const value = (doc[field] as Record<string, unknown> | null | undefined)?.[locale];
  return /"text":"[^"]*\S/.test(JSON.stringify(value ?? null));
}

const segments = {
  hospitals: { fr: 'hopitaux', nl: 'ziekenhuizen' },
  mutualities: { fr: 'mutualites', nl: 'ziekenfondsen' },
  agenda: { fr: 'agenda', nl: 'agenda' },
} as const satisfies Record<string, Record<Locale, string>>;
const faqPaths: Record<Locale, string> = {
  fr: '/fr/questions-frequentes/',
  nl: '/nl/veelgestelde-vragen/',
};

const docs: Record<keyof typeof segments | 'faq', LocalizedDoc[]> = {
  hospitals: [],
  mutualities: [],
  agenda: [],
  faq: [],
};

beforeAll(async () => {
  for (const collection of Object.keys(docs) as (keyof typeof docs)[]) {
    docs[collection] = await publishedDocs(cmsUrl, collection, portal);
  }
});

describe('the seed on Hospichild', () => {
  for (const [collection, segment] of Object.entries(segments)) {
    const titleField = collection === 'agenda' ? 'title' : 'name';
    it(`gives every published ${collection} document its page in each of its languages`, () => {
      const missing: string[] = [];
      let pages = 0;
      for (const doc of docs[collection as keyof typeof segments]) {
        for (const locale of locales) {
          const title = textOf(doc, titleField, locale);
          const slug = textOf(doc, 'slug', locale);
          if (!title || !slug) continue;
          const urlPath = `/${locale}/${segment[locale]}/${slug}/`;
          const html = page(urlPath);
          pages += 1;
          if (!html || !decoded(html).includes(title)) missing.push(`${doc.id} ${urlPath}`);
        }
      }
      expect(pages).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    });
  }

  it('shows every published FAQ entry on the FAQ page of each of its languages', () => {
    const missing: string[] = [];
    let entries = 0;
    for (const doc of docs.faq) {
      for (const locale of locales) {
        const question = textOf(doc, 'question', locale);
        if (!question || !hasRichText(doc, 'answer', locale)) continue;
        const html = decoded(page(faqPaths[locale]) ?? '');
        entries += 1;
        if (!html.includes(`id="faq-${doc.id}"`) || !html.includes(question)) {
          missing.push(`${doc.id} (${locale}) ${question}`);
        }
      }
    }
    expect(entries).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('names a Dutch-only mutuality on the French list, linking to its Dutch page', () => {
    const dutchOnly = docs.mutualities.filter(
      (doc) => !textOf(doc, 'name', 'fr') && textOf(doc, 'name', 'nl') && textOf(doc, 'slug', 'nl'),
    );
    expect(dutchOnly.length).toBeGreaterThan(0);
    const frenchList = decoded(page('/fr/mutualites/') ?? '');
    for (const doc of dutchOnly) {
      const slug = textOf(doc, 'slug', 'nl');
      expect(frenchList).toContain(textOf(doc, 'name', 'nl'));
      expect(frenchList).toContain(`/nl/ziekenfondsen/${slug}/`);
      expect(page(`/fr/mutualites/${slug}/`), `${doc.id} has a French page`).toBeNull();
    }
  });
});
