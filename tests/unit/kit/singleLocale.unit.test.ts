import { describe, expect, it } from 'vitest';
import { alternatesFor, sitemapEntries, sitemapXml } from '@portals/shared/site';
import { validationNote } from '../../../shared/src/features/validation/articleValidation.ts';
import { readRevisions } from '../../../shared/src/features/validation/readRevisions.ts';
import { isReviewDue } from '@portals/cms/workflow';
import { fixtureArticle, fixtureSection } from '../../fixtures/views/portalFixtures.ts';
import { portalRoutes } from '../support/portalRoutes.ts';

describe('a portal published in one language (issue #11)', () => {
  const routes = portalRoutes({
    locales: ['fr'],
    articles: [{ ...fixtureArticle, availableLocales: ['fr'] }],
    sections: [fixtureSection],
  });

  it('gives its pages no hreflang alternate and no language switch', () => {
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes) {
      expect(route.alternates).toEqual([]);
      expect(route.languageSwitch).toEqual([]);
    }
  });

  it('builds no page outside its language, fallback pages included', () => {
    const pages = routes.filter((route) => !route.file);
    expect(pages.filter((route) => !route.path.startsWith('/fr/'))).toEqual([]);
    expect(routes.filter((route) => route.kind === 'articleFallback')).toEqual([]);
  });

  it('writes a sitemap with its pages only, without xhtml:link alternates', () => {
    const xml = sitemapXml(sitemapEntries(routes), 'https://portal.test');
    expect(xml).toContain('<loc>https://portal.test/fr/</loc>');
    expect(xml).not.toContain('xhtml:link rel=');
    expect(xml).not.toContain('/nl/');
  });

  it('keeps the alternates of a bilingual portal', () => {
    expect(alternatesFor(['fr', 'nl'], (locale) => `/${locale}/`)).toEqual([
      { locale: 'fr', path: '/fr/' },
      { locale: 'nl', path: '/nl/' },
    ]);
  });
});

describe('review dates', () => {
  const now = new Date('2026-06-01T00:00:00Z');

  it('counts a page due once its review date passed with no validation since', () => {
    expect(isReviewDue('2025-04-20T09:00:00Z', '2026-04-20T09:00:00Z', now)).toBe(true);
  });

  it('does not count a page validated after its review date, or one not yet due', () => {
    expect(isReviewDue('2026-05-01T09:00:00Z', '2026-04-20T09:00:00Z', now)).toBe(false);
    expect(isReviewDue('2026-05-01T09:00:00Z', '2027-04-20T09:00:00Z', now)).toBe(false);
    expect(isReviewDue('2026-05-01T09:00:00Z', null, now)).toBe(false);
  });
});

describe('the validation note of a page', () => {
  const organisation = {
    id: '5',
    updatedAt: '',
    acronym: null,
    website: null,
    names: { fr: 'ONE' },
    themeIds: ['30'],
    contacts: {},
  };
  const entries = (approval: { organisationId: string; approvedAt: string } | null) => ({
    articleValidations: [{ id: '1', updatedAt: '', themeIds: ['30'], approval }],
    referentOrganisations: [organisation],
    revisions: [],
  });

  it('never claims a validation when a referent theme has no approval', () => {
    expect(validationNote('1', 'fr', entries(null))).toEqual({ kind: 'revision' });
  });

  it('names the approving organisation and the date', () => {
    const approval = { organisationId: '5', approvedAt: '2026-03-18T09:00:00.000Z' };
    expect(validationNote('1', 'fr', entries(approval))).toEqual({
      kind: 'validated',
      organisation: 'ONE',
      approvedAt: approval.approvedAt,
    });
  });
});

describe('readRevisions', () => {
  const answer =
    (body: unknown, status = 200) =>
    () =>
      Promise.resolve(new Response(JSON.stringify(body), { status }));

  it('reads the published articles under revision of a portal', async () => {
    const fetch = answer({ docs: [{ id: 52, reason: 'review-due' }] });
    expect(
      await readRevisions({ cmsUrl: 'https://cms.test', portal: 'seul-avec-enfant', fetch }),
    ).toEqual([{ id: '52', reason: 'review-due' }]);
  });

  it('fails the build on an answer it cannot trust, naming the URL', async () => {
    const fetch = answer({ error: 'nope' }, 500);
    await expect(
      readRevisions({ cmsUrl: 'https://cms.test', portal: 'seul-avec-enfant', fetch }),
    ).rejects.toThrow(
      'The CMS answered 500 at https://cms.test/api/articles/revisions?portal=seul-avec-enfant (check CMS_URL).',
    );
  });
});
