import { collectionSlugs, locales, siteSelectPaths, type Locale } from '@portals/content-models';
import { z } from 'zod';
import { docIdSchema, localized, relationIdSchema, textIn } from '@portals/shared/cms';
import type { ContentKind, ToEntryContext } from '../../kit/contract.ts';
import { richTextToHtml, type LexicalState } from '../../richtext/richTextToHtml.ts';
import {
  siteJourneySchema,
  type JourneyTranslation,
  type SiteJourney,
  type SiteJourneyStep,
} from './siteJourneySchema.ts';

/** A Lexical editor state; its inner nodes are left to the rich-text renderer. */
const lexicalSchema = z.looseObject({
  root: z.looseObject(
    { children: z.array(z.unknown()) },
    { error: 'expected a Lexical "root" node' },
  ),
});

const ids = z
  .array(relationIdSchema)
  .nullish()
  .transform((value) => [...new Set(value ?? [])]);

/** A journey as `/api/journeys?locale=all&depth=0` sends it, with the fields in `siteFields`. */
export const journeyDocSchema = z.object({
  id: docIdSchema,
  title: localized(z.string({ error: 'expected the title as text' })),
  slug: localized(z.string({ error: 'expected the slug as text' })),
  summary: localized(z.string({ error: 'expected the summary as text' })),
  order: z
    .number({ error: 'expected the order as a number' })
    .nullish()
    .transform((value) => value ?? null),
  steps: z
    .array(
      z.object({
        title: localized(z.string({ error: 'expected the step title as text' })),
        body: localized(lexicalSchema),
        articles: ids,
        organisations: ids,
      }),
      { error: 'expected the steps as a list' },
    )
    .nullish()
    .transform((value) => value ?? []),
  isDemo: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
  // Required: without it the published re-check could not be made (payload#14750).
  _status: z.enum(['published', 'draft'], {
    error: 'expected _status "published" or "draft"; are drafts enabled and _status selected?',
  }),
});

export type JourneyDoc = z.output<typeof journeyDocSchema>;

type StepDoc = JourneyDoc['steps'][number];

function toStep(step: StepDoc, where: string, context: ToEntryContext): SiteJourneyStep {
  const translations: SiteJourneyStep['translations'] = {};
  for (const locale of locales) {
    const title = textIn(step.title, locale);
    if (!title) continue;
    const bodyHtml = richTextToHtml(step.body[locale] as LexicalState | null | undefined, {
      onWarning: (message) => context.onWarning(`${where} (${locale}): ${message}`),
    }).trim();
    translations[locale] = { title, bodyHtml };
  }
  return { articleIds: step.articles, organisationIds: step.organisations, translations };
}

/**
 * Maps a journey to its entry: a language version where its title and slug exist, its steps
 * in the editor's order. A step without a title in a language is not shown there (and the
 * build log says so), rather than as an empty heading. Null when no language is left.
 */
export function toSiteJourney(doc: JourneyDoc, context: ToEntryContext): SiteJourney | null {
  const translations: Partial<Record<Locale, JourneyTranslation>> = {};
  for (const locale of locales) {
    const title = textIn(doc.title, locale);
    const slug = textIn(doc.slug, locale);
    if (title && slug) translations[locale] = { title, slug, summary: textIn(doc.summary, locale) };
  }
  const availableLocales = locales.filter((locale) => translations[locale]);
  if (availableLocales.length === 0) {
    context.onWarning(`journey ${doc.id} has no title and slug in any language: skipped`);
    return null;
  }
  const steps = doc.steps.map((step, index) =>
    toStep(step, `journey ${doc.id}, step ${index + 1}`, context),
  );
  for (const locale of availableLocales) {
    const missing = steps.filter((step) => !step.translations[locale]).length;
    if (missing > 0) {
      context.onWarning(
        `journey ${doc.id} has ${missing} step(s) without a ${locale} title: not shown in ${locale}`,
      );
    }
  }
  return {
    id: doc.id,
    updatedAt: doc.updatedAt,
    isDemo: doc.isDemo,
    order: doc.order,
    steps,
    availableLocales,
    translations,
  };
}

/** The portal's published life-event journeys, with their steps' texts rendered to HTML. */
export const journeyKind: ContentKind<JourneyDoc, SiteJourney> = {
  name: 'journeys',
  collection: collectionSlugs.journeys,
  // Steps field by field (`steps.articles`…): see `siteArrayFields` in content-models.
  fields: siteSelectPaths('journeys'),
  singular: 'journey',
  docSchema: journeyDocSchema,
  entrySchema: siteJourneySchema,
  toEntry: (doc, context) => toSiteJourney(doc, context),
};
