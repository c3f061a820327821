import { slugify } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import { keepPublished } from '@portals/shared/cms';
import type { KitEntries, RouteContext } from '../../../shared/src/kit/contract.ts';
import type { SiteReferent } from '@portals/shared/features/faq/referentKind.ts';
import { journeyKind } from '@portals/shared/features/journeys/journeyKind.ts';
import type { SiteJourney } from '@portals/shared/features/journeys/siteJourneySchema.ts';
import '@portals/shared/features/journeys/feature.ts';

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    children: [
      { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] },
    ],
  },
});

/** A French-only rights page. */
export function rightsPage(id: string, title: string): SiteArticle {
  return {
    id,
    kind: 'page',
    isDemo: true,
    publishedAt: '2026-02-02T09:00:00.000Z',
    updatedAt: '2026-02-02T09:00:00.000Z',
    sectionIds: [],
    directoryCategories: [],
    availableLocales: ['fr'],
    translations: {
      fr: { title, slug: slugify(title), summary: '', bodyHtml: '<p>Texte.</p>' },
    },
  };
}

export const articles = {
  agreement: rightsPage('1', 'Se séparer : les premières démarches'),
  maintenance: rightsPage('2', 'Pension alimentaire impayée'),
  housing: rightsPage('3', 'Trouver un logement'),
  onlyInDraft: rightsPage('4', 'Une page liée par un brouillon'),
};

export const secal: SiteReferent = {
  id: '7',
  updatedAt: '2026-01-01T00:00:00.000Z',
  acronym: 'SECAL',
  website: 'https://finances.belgium.be',
  names: { fr: 'Service des créances alimentaires' },
  themeIds: [],
  contacts: {},
};

interface StepInput {
  title: string;
  body?: string;
  articles?: string[];
  organisations?: string[];
}

/** A journey as `/api/journeys?locale=all&depth=0` sends it (French only). */
export function journeyDoc(
  id: number,
  title: string,
  steps: StepInput[],
  { order = id, status = 'published' }: { order?: number | null; status?: string } = {},
) {
  return {
    id,
    title: { fr: title, nl: null },
    slug: { fr: slugify(title), nl: null },
    summary: { fr: `Résumé de ${title}` },
    order,
    steps: steps.map((step, index) => ({
      id: `${id}-${index}`,
      title: { fr: step.title },
      body: { fr: paragraph(step.body ?? `Que faire à l’étape ${step.title}.`) },
      articles: step.articles ?? [],
      organisations: step.organisations ?? [],
    })),
    isDemo: true,
    updatedAt: '2026-03-01T09:00:00.000Z',
    _status: status,
  };
}

/** The CMS answer: two published journeys sharing an article, and a draft. */
export const journeyDocs = [
  journeyDoc(1, 'Je me sépare', [
    { title: 'Trouver un accord', articles: ['1'] },
    { title: 'Fixer la contribution', articles: ['2'], organisations: ['7'] },
    { title: 'Se loger', articles: ['3'] },
  ]),
  journeyDoc(2, 'Je suis en deuil', [
    { title: 'Les premières démarches' },
    { title: 'Les ressources', articles: ['2'] },
  ]),
  journeyDoc(3, 'Un parcours en brouillon', [{ title: 'Étape', articles: ['4'] }], {
    status: 'draft',
  }),
];

/** Maps the CMS answer as the loader does: validate, keep the published, map. */
export function loadJourneys(
  docs: unknown[] = journeyDocs,
  warnings: string[] = [],
): SiteJourney[] {
  const logger = { info: () => undefined, warn: (m: string) => warnings.push(m) };
  const parsed = docs.map((doc) => journeyKind.docSchema.parse(doc));
  return keepPublished(parsed, logger, { label: (id) => `journey ${id}` }).flatMap((doc) => {
    const entry = journeyKind.toEntry(doc, {
      cmsUrl: 'https://cms.example.test',
      onWarning: (m) => warnings.push(m),
    });
    return entry ? [journeyKind.entrySchema.parse(entry)] : [];
  });
}

/** The route context of seul avec enfant (French only) holding these entries. */
export function journeyContext(journeys: SiteJourney[] = loadJourneys()): RouteContext {
  return {
    locales: ['fr'],
    entries: {
      journeys,
      articles: Object.values(articles),
      referentOrganisations: [secal],
    } as Partial<KitEntries> as KitEntries,
  };
}
