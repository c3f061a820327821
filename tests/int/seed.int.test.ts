import { seed } from '@portals/cms/seed';
import {
  articleDocSchema,
  articleFields,
  toDirectoryCuration,
  toSiteArticle,
  type CmsDirectoryGroup,
} from '@portals/shared/cms';
import { parseDirectoryCuration } from '@portals/shared/open-data';
import { directoryCuration } from '@portals/site-hospichild/directory.config';
import type { CollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
const quiet = () => undefined;
const credentials = { email: 'demo@example.test', password: 'demo-password-1' };

beforeAll(async () => {
  cms = await startPayload();
  await seed(cms.payload, { credentials, log: quiet });
}, 240_000);
afterAll(async () => {
  await cms?.stop();
});

async function publicDocs(collection: CollectionSlug, where = {}) {
  const { docs } = await cms.payload.find({
    collection,
    where,
    overrideAccess: false,
    limit: 500,
    depth: 0,
    locale: 'all',
  });
  return docs as unknown as Record<string, unknown>[];
}

describe('the demo content', () => {
  it('gives Hospichild the directory curation its site shipped with, notes in both languages', async () => {
    const [record] = await publicDocs('portals', { portal: { equals: 'hospichild' } });
    expect(toDirectoryCuration(record?.directory as CmsDirectoryGroup)).toEqual(
      parseDirectoryCuration(directoryCuration),
    );
  });

  it('publishes twelve fictitious midwives on Born in Brussels, marked as demo', async () => {
    const midwives = await publicDocs('midwives');
    expect(midwives).toHaveLength(12);
    for (const midwife of midwives) {
      expect(midwife).toMatchObject({ isDemo: true, portals: ['born-in-brussels'] });
      const contact = midwife.contact as { email: string; phone: string };
      expect(contact.email).toMatch(/@example\.org$/);
      expect(contact.phone).toMatch(/^02\/000\./);
      const availability = midwife.availability as Record<string, string | null>;
      expect(availability.fr).toBeTruthy();
      expect(availability.nl).toBeTruthy();
    }
  });

  it('seeds at least eight Brussels hospitals, each with a localized description', async () => {
    const hospitals = await publicDocs('hospitals');
    expect(hospitals.length).toBeGreaterThanOrEqual(8);
    for (const hospital of hospitals) {
      const description = hospital.description as { body?: { fr?: unknown } };
      expect(description.body?.fr).toBeTruthy();
    }
  });

  it('seeds antennas of all five unions, one of them in Dutch only', async () => {
    const antennas = await publicDocs('mutualities');
    expect(new Set(antennas.map((antenna) => antenna.union))).toEqual(
      new Set(['christian', 'socialist', 'liberal', 'independent', 'neutral']),
    );
    expect(antennas.some((antenna) => !(antenna.name as Record<string, string>).fr)).toBe(true);
  });

  it('gives Hospichild a bilingual agenda for parents and professionals, one item cancelled', async () => {
    const items = await publicDocs('agenda', { portals: { in: ['hospichild'] } });
    const now = Date.now();
    const bilingual = items.filter((item) => (item.title as Record<string, string | null>).nl);
    for (const audience of ['parents', 'professionals']) {
      const forAudience = bilingual.filter((item) =>
        (item.audiences as string[]).includes(audience),
      );
      expect(forAudience.some((item) => Date.parse(item.startsAt as string) < now)).toBe(true);
      expect(forAudience.some((item) => Date.parse(item.startsAt as string) > now)).toBe(true);
    }
    expect(new Set(items.map((item) => item.kind)).size).toBeGreaterThanOrEqual(3);
    const cancelled = items.filter((item) => item.cancelled === true);
    expect(cancelled).toHaveLength(1);
    const note = cancelled[0]!.cancellationNote as Record<string, string | null>;
    expect(note.fr).toBeTruthy();
    expect(note.nl).toBeTruthy();
    expect(items.every((item) => item.isDemo === true)).toBe(true);
  });

  it('spreads twenty-three agenda items over past and coming months', async () => {
    const items = await publicDocs('agenda');
    const now = Date.now();
    expect(items).toHaveLength(23);
    expect(items.some((item) => Date.parse(item.startsAt as string) < now)).toBe(true);
    expect(items.some((item) => Date.parse(item.startsAt as string) > now)).toBe(true);
  });

  it('seeds twenty-eight FAQ entries, those of seul avec enfant answered by a referent organisation', async () => {
    const entries = await publicDocs('faq');
    expect(entries).toHaveLength(28);
    const sae = entries.filter((entry) => (entry.portals as string[]).includes('seul-avec-enfant'));
    expect(sae.length).toBeGreaterThan(0);
    expect(sae.every((entry) => entry.answeredBy != null)).toBe(true);
  });

  it('gives Hospichild FAQ entries on several themes, most of them in both languages', async () => {
    const entries = await publicDocs('faq', { portals: { in: 'hospichild' } });
    const questions = entries.map((entry) => entry.question as Record<string, string | null>);
    expect(questions.filter((question) => question.fr)).toHaveLength(7);
    expect(questions.filter((question) => question.nl)).toHaveLength(6);
    expect(new Set(entries.flatMap((entry) => entry.themes as number[])).size).toBeGreaterThan(3);
  });

  it('publishes more than ten Hospichild news articles in each language, for the paginated list', async () => {
    const news = await publicDocs('articles', {
      and: [{ portals: { in: 'hospichild' } }, { kind: { equals: 'news' } }],
    });
    const titles = news.map((doc) => doc.title as Record<string, string | null>);
    expect(titles.filter((title) => title.fr).length).toBeGreaterThan(10);
    expect(titles.filter((title) => title.nl).length).toBeGreaterThan(10);
  });

  it('uploads Hospichild PDFs described in French and Dutch', async () => {
    const documents = await publicDocs('documents', { portals: { in: 'hospichild' } });
    expect(documents).toHaveLength(3);
    expect(documents.every((doc) => doc.mimeType === 'application/pdf')).toBe(true);
    expect(documents.every((doc) => Number(doc.filesize) > 0)).toBe(true);
    const titles = documents.map((doc) => doc.title as Record<string, string | null>);
    expect(titles.filter((title) => title.nl)).toHaveLength(2);
  });

  it('gives a Hospichild news article a cover the sites read, described in both languages', async () => {
    // As the site loader asks for articles: its fields, every language, relations at depth 1.
    const { docs } = await cms.payload.find({
      collection: 'articles',
      where: { 'seo.image': { exists: true } },
      select: Object.fromEntries(articleFields.map((field) => [field, true])),
      locale: 'all',
      depth: 1,
      overrideAccess: false,
    });
    expect(docs).toHaveLength(1);
    const warnings: string[] = [];
    const article = toSiteArticle(articleDocSchema.parse(docs[0]), {
      cmsUrl: 'http://localhost:3000',
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toEqual([]);
    const cover = article?.translations.fr?.image;
    expect(cover?.src).toMatch(
      /^http:\/\/localhost:3000\/api\/media\/file\/demo-news-family-room.*\.jpg$/,
    );
    expect([cover?.width, cover?.height]).toEqual([1600, 900]);
    expect(cover?.alt).toMatch(/^Dessin d’un coin salon/);
    expect(article?.translations.nl?.image?.alt).toMatch(/^Tekening van een rustige zithoek/);
  });

  it('builds the Born in Brussels tree with its seven top sections, each with sub-sections', async () => {
    const sections = await publicDocs('sections', { portal: { equals: 'born-in-brussels' } });
    const tops = sections.filter((section) => section.parent == null);
    expect(tops).toHaveLength(7);
    for (const top of tops) {
      expect(sections.some((section) => section.parent === top.id)).toBe(true);
    }
  });

  it('places Born in Brussels articles in several branches, the first being canonical', async () => {
    const [article] = await publicDocs('articles', {
      'slug.fr': { equals: 'baby-blues-ou-depression-savoir-faire-la-difference' },
    });
    expect(article?.sections).toHaveLength(3);
  });

  it('reuses a Hospichild page in Born in Brussels without moving its canonical place', async () => {
    const [page] = await cms.payload
      .find({
        collection: 'articles',
        where: { slug: { equals: 'passer-la-nuit-a-l-hopital-aupres-de-son-enfant' } },
        depth: 1,
        locale: 'fr',
      })
      .then((result) => result.docs);
    expect(page?.portals).toEqual(['hospichild', 'born-in-brussels']);
    const portalsOfPlacements = (page?.sections ?? []).map((section) =>
      typeof section === 'object' ? section.portal : null,
    );
    expect(portalsOfPlacements[0]).toBe('hospichild');
    expect(portalsOfPlacements).toContain('born-in-brussels');
  });

  it('organises seul avec enfant by life events and rights, with referent organisations for its themes', async () => {
    const sections = await publicDocs('sections', { portal: { equals: 'seul-avec-enfant' } });
    expect(sections.filter((section) => section.parent == null)).toHaveLength(2);
    const organisations = await publicDocs('referent-organisations');
    expect(organisations.length).toBeGreaterThanOrEqual(10);
    expect(
      organisations.every((organisation) => (organisation.themes as unknown[]).length > 0),
    ).toBe(true);
  });

  it('creates one portal record per portal with the locales it publishes', async () => {
    const records = await publicDocs('portals');
    const locales = Object.fromEntries(
      records.map((record) => [String(record.portal), record.locales]),
    );
    expect(locales).toEqual({
      hospichild: ['fr', 'nl'],
      'born-in-brussels': ['fr', 'nl'],
      'seul-avec-enfant': ['fr'],
    });
  });

  it('marks every demo document as demonstration content', async () => {
    for (const collection of [
      'articles',
      'hospitals',
      'mutualities',
      'agenda',
      'faq',
      'projects',
      'tools',
      'documents',
    ] as const) {
      const docs = await publicDocs(collection);
      expect(docs.length, collection).toBeGreaterThan(0);
      expect(
        docs.every((doc) => doc.isDemo === true),
        collection,
      ).toBe(true);
    }
  });

  it('fills the queues: a referent has a text to validate, an admin has overdue reviews', async () => {
    const { findOverdue, findQueue } = await import('@portals/cms/workflow');
    const [referent] = (
      await cms.payload.find({
        collection: 'users',
        where: { email: { equals: 'referent.secal@example.be' } },
        depth: 0,
      })
    ).docs;
    expect((await findQueue(cms.payload, referent)).length).toBeGreaterThan(0);
    // seul avec enfant's tax page is overdue on purpose: its portal shows it « en cours de révision ».
    expect((await findOverdue(cms.payload)).map((item) => item.title)).toEqual([
      'Impôts : les avantages pour les familles monoparentales',
      'CHU Brugmann',
      'Clinique Saint-Jean',
    ]);
  });

  it('changes nothing when run a second time', async () => {
    const before = await cms.payload.count({ collection: 'agenda' });
    const again = await seed(cms.payload, { credentials, log: quiet });
    expect(again.articles.created).toBe(0);
    expect((await cms.payload.count({ collection: 'agenda' })).totalDocs).toBe(before.totalDocs);
  }, 120_000);

  it('publishes at least 20 French and 12 Dutch Hospichild articles', async () => {
    const docs = await publicDocs('articles', { portals: { in: 'hospichild' } });
    const titles = docs.map((doc) => doc.title as Record<string, string | undefined>);
    expect(titles.filter((title) => title.fr).length).toBeGreaterThanOrEqual(20);
    expect(titles.filter((title) => title.nl).length).toBeGreaterThanOrEqual(12);
  });

  it('leaves every count unchanged when run a second time', async () => {
    const collections = [
      'articles',
      'sections',
      'users',
      'hospitals',
      'mutualities',
      'faq',
      'media',
      'subscribers',
      'newsletter-editions',
    ] as const;
    const count = async () =>
      Promise.all(
        collections.map(async (collection) => (await cms.payload.count({ collection })).totalDocs),
      );
    const before = await count();
    await seed(cms.payload, { credentials, log: quiet });
    expect(await count()).toEqual(before);
  }, 120_000);

  it('puts one sent demo newsletter per language in Hospichild’s archive, with its items', async () => {
    const editions = await publicDocs('newsletter-editions', { portal: { equals: 'hospichild' } });
    expect(editions.map((edition) => edition.locale).sort()).toEqual(['fr', 'nl']);
    for (const edition of editions) {
      expect(edition).toMatchObject({ state: 'sent', isDemo: true });
      expect((edition.news as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('keeps the demo subscribers out of the public API', async () => {
    await expect(publicDocs('subscribers')).rejects.toMatchObject({ status: 403 });
    const { totalDocs } = await cms.payload.count({
      collection: 'subscribers',
      where: { isDemo: { equals: true } },
    });
    expect(totalDocs).toBe(5);
  });

  it('creates the demo editor with the configured credentials', async () => {
    const login = await cms.payload.login({ collection: 'users', data: credentials });
    expect(login.user?.email).toBe(credentials.email);
  });
});
