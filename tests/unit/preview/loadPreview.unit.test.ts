import { portals, type Locale } from '@portals/content-models';
import {
  loadPreview,
  previewRouteOf,
  type PreviewableRoute,
  type PreviewMapping,
  type PreviewView,
} from '@portals/shared/preview';
import { defineSiteConfig } from '@portals/shared/site';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unreachableFetch } from '../../fixtures/cms/fakeCms.ts';

const site = defineSiteConfig({ portal: portals.hospichild });
const cmsUrl = 'http://cms.test';
const token = '1800000000.signature-as-the-cms-signed-it-not-checked-here-xxxxxx';
const expiresAt = '2027-01-15T08:00:00.000Z';

function lexical(text: string, link?: { id: number }) {
  const children: unknown[] = [{ type: 'text', text, format: 0, version: 1 }];
  if (link) {
    children.push({
      type: 'link',
      version: 3,
      fields: { linkType: 'internal', doc: { relationTo: 'articles', value: link.id } },
      children: [{ type: 'text', text: 'lien', format: 0, version: 1 }],
    });
  }
  return {
    root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] },
  };
}

/** A draft as the CMS preview endpoint returns it: every locale at once. */
function draftDoc(overrides: Record<string, unknown> = {}) {
  return {
    id: 12,
    title: { fr: 'Brouillon en français', nl: 'Concept in het Nederlands' },
    slug: { fr: 'brouillon', nl: 'concept' },
    summary: { fr: 'Résumé du brouillon.', nl: 'Samenvatting van het concept.' },
    body: { fr: lexical('Texte du brouillon. ', { id: 2 }), nl: lexical('Tekst van het concept.') },
    kind: 'news',
    portals: ['hospichild'],
    sections: [],
    directoryCategories: [],
    publishedAt: null,
    updatedAt: '2027-01-15T07:00:00.000Z',
    isDemo: false,
    _status: 'draft',
    ...overrides,
  };
}

/** A CMS that answers the preview endpoint with `status` and `body`, and records the URLs. */
function cms(status: number, body: unknown) {
  const urls: URL[] = [];
  const fetch = ((input: string | URL | Request) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input)));
    return Promise.resolve(Response.json(body, { status }));
  }) as typeof globalThis.fetch;
  return { urls, fetch };
}

function load(
  locale: string,
  answer: { fetch: typeof globalThis.fetch },
  options: { token?: string | null; id?: string; collection?: string } = {},
): Promise<PreviewView> {
  return loadPreview({
    site,
    params: { locale, collection: options.collection ?? 'articles', id: options.id ?? '12' },
    token: options.token === undefined ? token : options.token,
    cmsUrl,
    fetch: answer.fetch,
  });
}

describe('loadPreview', () => {
  it('forwards the token to the CMS preview endpoint of the document', async () => {
    const answer = cms(200, { doc: draftDoc(), expiresAt });
    await load('fr', answer);
    expect(answer.urls.map(String)).toEqual([
      `${cmsUrl}/api/preview/articles/12?token=${encodeURIComponent(token)}`,
    ]);
  });

  it('shows the draft on the route the next build would give it, never indexable', async () => {
    const view = await load('nl', cms(200, { doc: draftDoc(), expiresAt }));
    expect(view.ok).toBe(true);
    if (!view.ok) return;
    expect(view.status).toBe(200);
    expect(view.draft).toBe(true);
    expect(view.expiresAt.toISOString()).toBe(expiresAt);
    expect(view.route.kind).toBe('article');
    expect(view.route.article.translations.nl?.title).toBe('Concept in het Nederlands');
    expect(view.route.indexable).toBe(false);
    expect(view.route.alternates).toEqual([]);
    expect(view.route.canonicalPath).toBe('/nl/preview/articles/12/');
  });

  it('switches language inside the preview, with the same token', async () => {
    const view = await load('fr', cms(200, { doc: draftDoc(), expiresAt }));
    expect(view.ok && view.route.languageSwitch).toEqual([
      { locale: 'nl', path: `/nl/preview/articles/12/?token=${encodeURIComponent(token)}` },
    ]);
  });

  it('maps the body like the loader, sanitised', async () => {
    const doc = draftDoc({
      body: { fr: lexical('Texte du brouillon. <script>alert(1)</script>'), nl: lexical('x') },
    });
    const view = await load('fr', cms(200, { doc, expiresAt }));
    const html = view.ok ? view.route.article.translations.fr?.bodyHtml : '';
    expect(html).toContain('Texte du brouillon.');
    expect(html).not.toContain('<script>');
  });

  it('shows a French-only draft in Dutch as the fallback page the site would build', async () => {
    const doc = draftDoc({ title: { fr: 'Seulement en français' }, slug: { fr: 'seul' } });
    const view = await load('nl', cms(200, { doc, expiresAt }));
    expect(view.ok && view.route.kind).toBe('articleFallback');
  });

  it('explains a draft missing in the language asked, with a link to the one it has', async () => {
    const doc = draftDoc({ title: { nl: 'Alleen Nederlands' }, slug: { nl: 'alleen' } });
    const view = await load('fr', cms(200, { doc, expiresAt }));
    expect(view).toMatchObject({ ok: false, status: 404, problem: 'untranslated' });
    expect(!view.ok && view.otherLanguages.map((link) => link.path)).toEqual([
      `/nl/preview/articles/12/?token=${encodeURIComponent(token)}`,
    ]);
  });

  it('refuses without a token, without asking the CMS', async () => {
    const answer = cms(200, { doc: draftDoc(), expiresAt });
    const view = await load('fr', answer, { token: null });
    expect(view).toMatchObject({ ok: false, status: 403, problem: 'invalid', locale: 'fr' });
    expect(answer.urls).toEqual([]);
  });

  it('passes on the CMS refusals: 403 invalid, 410 expired, 404 gone', async () => {
    expect(await load('nl', cms(403, { error: 'invalid' }))).toMatchObject({
      status: 403,
      problem: 'invalid',
      locale: 'nl',
    });
    expect(await load('fr', cms(410, { error: 'expired' }))).toMatchObject({
      status: 410,
      problem: 'expired',
    });
    expect(await load('fr', cms(404, { error: 'not-found' }))).toMatchObject({
      status: 404,
      problem: 'not-found',
    });
  });

  it('reports an unreachable CMS or an unreadable answer as unavailable (502)', async () => {
    expect(await load('fr', { fetch: unreachableFetch })).toMatchObject({
      status: 502,
      problem: 'unavailable',
    });
    expect(await load('fr', cms(200, { doc: { id: 12 }, expiresAt }))).toMatchObject({
      status: 502,
      problem: 'unavailable',
    });
  });

  it('answers 404 for a language the portal lacks or a collection without preview', async () => {
    const answer = cms(200, { doc: draftDoc(), expiresAt });
    expect(await load('de', answer)).toMatchObject({ status: 404, problem: 'not-found' });
    expect(await load('fr', answer, { collection: 'users' })).toMatchObject({ status: 404 });
    expect(answer.urls).toEqual([]);
  });

  it('never puts the token in what it logs', async () => {
    const view = await load('fr', cms(410, { error: 'expired' }));
    expect(!view.ok && view.detail).not.toContain(token.split('.')[1]);
  });
});

/** A stand-in for a feature's hospital page: its own document schema and route. */
interface HospitalRoute extends PreviewableRoute {
  kind: 'hospital';
  name: string;
}
const hospitalDocSchema = z.object({
  id: z.number(),
  name: z.partialRecord(z.enum(['fr', 'nl']), z.string()),
});
const hospitalPreview: PreviewMapping<z.infer<typeof hospitalDocSchema>, HospitalRoute> = {
  docSchema: hospitalDocSchema,
  route(doc, locale, context) {
    const name = doc.name[locale];
    if (!name) return null;
    const live: HospitalRoute = {
      kind: 'hospital',
      name,
      locale,
      path: `/${locale}/hopitaux/x/`,
      canonicalPath: `/${locale}/hopitaux/x/`,
      indexable: true,
      alternates: [{ locale, path: `/${locale}/hopitaux/x/` }],
      languageSwitch: [],
    };
    return previewRouteOf(live, context, (l: Locale) => Boolean(doc.name[l]));
  },
};

describe('loadPreview with the mappings a page supplies', () => {
  const hospitalDraft = { id: 5, name: { fr: 'Hôpital pélican', nl: 'Pelikaanziekenhuis' } };

  function loadHospital(locale: string, answer: { fetch: typeof globalThis.fetch }) {
    return loadPreview<HospitalRoute>({
      site,
      params: { locale, collection: 'hospitals', id: '5' },
      token,
      cmsUrl,
      fetch: answer.fetch,
      mappings: { hospitals: hospitalPreview },
    });
  }

  it('shows a hospital draft on its mapping’s route, reshaped for the preview', async () => {
    const answer = cms(200, { doc: { ...hospitalDraft, _status: 'draft' }, expiresAt });
    const view = await loadHospital('fr', answer);
    expect(answer.urls.map((url) => url.pathname)).toEqual(['/api/preview/hospitals/5']);
    expect(view.ok).toBe(true);
    if (!view.ok) return;
    expect(view.draft).toBe(true);
    expect(view.route).toMatchObject({
      kind: 'hospital',
      name: 'Hôpital pélican',
      path: '/fr/preview/hospitals/5/',
      canonicalPath: '/fr/preview/hospitals/5/',
      indexable: false,
      alternates: [],
      languageSwitch: [
        { locale: 'nl', path: `/nl/preview/hospitals/5/?token=${encodeURIComponent(token)}` },
      ],
    });
  });

  it('tells a published latest version from a pending draft', async () => {
    const view = await loadHospital(
      'nl',
      cms(200, { doc: { ...hospitalDraft, _status: 'published' }, expiresAt }),
    );
    expect(view.ok && view.draft).toBe(false);
  });

  it('explains a hospital draft missing in the language asked', async () => {
    const doc = { id: 5, name: { nl: 'Alleen Nederlands' }, _status: 'draft' };
    const view = await loadHospital('fr', cms(200, { doc, expiresAt }));
    expect(view).toMatchObject({ ok: false, status: 404, problem: 'untranslated' });
    expect(!view.ok && view.otherLanguages.map((link) => link.locale)).toEqual(['nl']);
  });

  it('reports a draft its mapping cannot read as unavailable (502), naming the field', async () => {
    const view = await loadHospital('fr', cms(200, { doc: { id: 5, name: 'x' }, expiresAt }));
    expect(view).toMatchObject({ ok: false, status: 502, problem: 'unavailable' });
    expect(!view.ok && view.detail).toContain('name');
  });

  it('answers 404 without asking the CMS for a collection the page has no mapping for', async () => {
    const answer = cms(200, { doc: hospitalDraft, expiresAt });
    expect(await load('fr', answer, { collection: 'hospitals' })).toMatchObject({
      status: 404,
      problem: 'not-found',
    });
    expect(answer.urls).toEqual([]);
  });
});
