import { readFileSync } from 'node:fs';
import type { Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type {
  ContentKind,
  KitEntries,
  KitEntry,
  RouteContext,
} from '../../../shared/src/kit/contract.ts';
import { faqKind } from '@portals/shared/features/faq/kind.ts';
import { referentKind } from '@portals/shared/features/faq/referentKind.ts';
import { themeKind } from '@portals/shared/features/faq/themeKind.ts';
import { documentKind } from '@portals/shared/features/documents/kind.ts';
import '@portals/shared/features/faq/feature.ts';
import '@portals/shared/features/news/feature.ts';
import '@portals/shared/features/documents/feature.ts';

export const fixtureCmsUrl = 'https://cms.example.test';

/** A REST list answer recorded in `tests/fixtures/faqnews/`. */
export function restDocs(name: string): unknown[] {
  const url = new URL(`../../fixtures/faqnews/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { docs: unknown[] }).docs;
}

/** Maps a fixture through a kind as the loader does: validate, then map; warnings collected. */
export function mapFixture<Doc extends { id: string }, Entry extends KitEntry>(
  kind: ContentKind<Doc, Entry>,
  name: string,
  warnings: string[] = [],
): Entry[] {
  return restDocs(name).flatMap((raw) => {
    const doc = kind.docSchema.parse(raw);
    const entry = kind.toEntry(doc, { cmsUrl: fixtureCmsUrl, onWarning: (m) => warnings.push(m) });
    return entry ? [kind.entrySchema.parse(entry)] : [];
  });
}

/** A news article with a French and, unless `nl` is false, a Dutch version. */
export function newsArticle(n: number, { nl = true } = {}): SiteArticle {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + Math.floor(n / 28)).padStart(2, '0');
  const translation = (locale: Locale) => ({
    title: `${locale === 'fr' ? 'Nouvelle' : 'Nieuws'} ${n}`,
    slug: `${locale === 'fr' ? 'nouvelle' : 'nieuws'}-${n}`,
    summary: `Résumé ${n} & <détails>`,
    bodyHtml: '<p>Texte</p>',
  });
  return {
    id: String(n),
    kind: 'news',
    isDemo: true,
    publishedAt: `2026-${month}-${day}T09:00:00.000Z`,
    updatedAt: `2026-${month}-${day}T09:00:00.000Z`,
    sectionIds: [],
    directoryCategories: [],
    availableLocales: nl ? ['fr', 'nl'] : ['fr'],
    translations: nl ? { fr: translation('fr'), nl: translation('nl') } : { fr: translation('fr') },
  };
}

/** The route context of a two-language portal holding only the given collections. */
export function routeContext(entries: Partial<KitEntries>): RouteContext {
  return { locales: ['fr', 'nl'], entries: { articles: [], ...entries } as KitEntries };
}

/** Every collection of the fixtures, mapped. */
export function fixtureEntries(warnings: string[] = []): Partial<KitEntries> {
  return {
    faq: mapFixture(faqKind, 'faq', warnings),
    themes: mapFixture(themeKind, 'themes', warnings),
    referentOrganisations: mapFixture(referentKind, 'referent-organisations', warnings),
    documents: mapFixture(documentKind, 'documents', warnings),
  };
}
