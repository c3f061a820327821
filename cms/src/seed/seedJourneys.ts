import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { seulAvecEnfantArticles } from './data/seulAvecEnfant.ts';
import {
  seulAvecEnfantJourneys,
  type SeedJourney,
  type SeedJourneyStep,
} from './data/seulAvecEnfantJourneys.ts';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';

const portals = ['seul-avec-enfant' as const];

/** The ids of seul avec enfant's seeded articles by seed key, found by their French slug. */
async function articleIds(payload: Payload, keys: Set<string>): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>();
  for (const key of keys) {
    const article = seulAvecEnfantArticles.find((candidate) => candidate.key === key);
    if (!article?.fr) throw new Error(`Seed journey refers to unknown article "${key}".`);
    const id = await findId(payload, 'articles', { slug: { equals: slugify(article.fr.title) } });
    if (id == null) throw new Error(`Seed journey refers to article "${key}", not seeded.`);
    ids.set(key, id);
  }
  return ids;
}

function stepData(
  step: SeedJourneyStep,
  articles: Map<string, Id>,
  organisations: Map<string, Id>,
) {
  return {
    title: step.title,
    body: toLexical(step.body),
    articles: idsOf(step.articles, articles, 'article'),
    organisations: idsOf(step.organisations, organisations, 'referent organisation'),
  };
}

/**
 * Publishes seul avec enfant's life-event journeys (French only), in the listing order of the
 * data, skipping those already there (same slug).
 */
export async function seedJourneys(
  payload: Payload,
  organisations: Map<string, Id>,
  log: (line: string) => void,
  journeys: SeedJourney[] = seulAvecEnfantJourneys,
) {
  const keys = new Set(
    journeys.flatMap((journey) => journey.steps.flatMap((s) => s.articles ?? [])),
  );
  const articles = await articleIds(payload, keys);
  let created = 0;
  const bar = progress('journeys (seul-avec-enfant)', journeys.length, log);
  for (const [index, journey] of journeys.entries()) {
    const slug = slugify(journey.title);
    if ((await findId(payload, 'journeys', { slug: { equals: slug } })) == null) {
      await payload.create({
        collection: 'journeys',
        locale: 'fr',
        data: {
          title: journey.title,
          slug,
          summary: journey.summary,
          order: index + 1,
          steps: journey.steps.map((step) => stepData(step, articles, organisations)),
          portals,
          isDemo: true,
          _status: 'published',
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
