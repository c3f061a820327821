import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { portals } from '@portals/content-models';
import { signPreviewToken } from '@portals/cms/preview';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { staticRoot } from '../../scripts/lib/releaseLayout.ts';
import { launchBrowser } from './support/browser.ts';
import { cmsEditor, paragraph } from './support/cmsEditor.ts';

const cmsUrl = inject('cmsUrl');
const siteUrl = inject('siteUrl');
const liveDir = inject('siteLiveDir');

// Words that appear nowhere else, so finding one anywhere means a draft leaked. The odd prefix
// keeps Pagefind's stemming from matching real words ("marmotton" finds a crèche).
const words = {
  published: 'qxjpervenche',
  draftFr: 'qxjzoubida',
  draftNl: 'qxjokapiwolk',
  neverPublished: 'qxjmarmotton',
};
const draftWords = [words.draftFr, words.draftNl, words.neverPublished];

let browser: Browser;
let published: { id: number; slug: string };
let neverPublished: { id: number; slug: string };
const links: Record<'fr' | 'nl' | 'neverPublished', string> = {
  fr: '',
  nl: '',
  neverPublished: '',
};
let anonymousAdminPage = '';

/** The preview link an admin page offers, as the Preview button's href. */
function previewLinkIn(html: string, id: number): string {
  const pattern = new RegExp(`${siteUrl}/(fr|nl)/preview/articles/${id}/\\?token=[\\w.-]+`);
  const link = pattern.exec(html)?.[0];
  if (!link) throw new Error(`no preview link for article ${id} in the admin page`);
  return link;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const editor = await cmsEditor(cmsUrl);
  // A permanent page dated long ago: neither the home page's latest news nor any section lists
  // it, so the other tests' pages stay as the demo seed made them.
  const common = {
    kind: 'page',
    portals: [portals.hospichild.id],
    publishedAt: '2020-01-01T00:00:00.000Z',
  };
  const publishedId = await editor.publishArticle({
    common,
    fr: {
      title: `Aperçu publié ${words.published}`,
      body: paragraph(`Texte publié ${words.published}.`),
    },
    nl: { title: `Voorbeeld gepubliceerd ${words.published}`, body: paragraph('Gepubliceerd.') },
  });
  published = { id: publishedId, slug: await editor.slugOf(publishedId, 'fr') };
  // The pending edits an editor wants to see before publishing them.
  await editor.saveDraft(published.id, 'fr', {
    title: `Brouillon ${words.draftFr}`,
    body: paragraph(`Nouveau texte ${words.draftFr}.`),
  });
  await editor.saveDraft(published.id, 'nl', {
    title: `Concept ${words.draftNl}`,
    body: paragraph(`Nieuwe tekst ${words.draftNl}.`),
  });
  neverPublished = await editor.createDraft('fr', {
    ...common,
    title: `Jamais publié ${words.neverPublished}`,
    body: paragraph('Brouillon.'),
  });
  links.fr = previewLinkIn(await editor.adminPage(published.id, 'fr'), published.id);
  links.nl = previewLinkIn(await editor.adminPage(published.id, 'nl'), published.id);
  links.neverPublished = previewLinkIn(
    await editor.adminPage(neverPublished.id, 'fr'),
    neverPublished.id,
  );
  anonymousAdminPage = await editor.adminPage(published.id, 'fr', { signedIn: false });
  // Publish the portal again with those drafts in the CMS: they must stay out of it.
  const offline = process.env.OPEN_DATA_OFFLINE;
  process.env.OPEN_DATA_OFFLINE = '1';
  try {
    await buildSite(portals.hospichild, { cmsUrl, siteUrl, liveDir, log: () => undefined });
  } finally {
    if (offline === undefined) delete process.env.OPEN_DATA_OFFLINE;
    else process.env.OPEN_DATA_OFFLINE = offline;
  }
}, 180_000);
afterAll(async () => {
  await browser?.close();
  // The other tests see the seeded CMS again (the shared site keeps the published page).
  const editor = await cmsEditor(cmsUrl);
  for (const article of [published, neverPublished]) {
    if (article) await editor.deleteArticle(article.id);
  }
});

async function open(
  url: string,
): Promise<{ page: Page; status: number; headers: Record<string, string> }> {
  const page = await browser.newPage();
  const response = await page.goto(url);
  return { page, status: response?.status() ?? 0, headers: response?.headers() ?? {} };
}

async function mainText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

describe('the admin Preview button', () => {
  it('links to the portal preview in the locale being edited', () => {
    expect(links.fr).toMatch(
      new RegExp(`^${siteUrl}/fr/preview/articles/${published.id}/\\?token=`),
    );
    expect(links.nl).toMatch(
      new RegExp(`^${siteUrl}/nl/preview/articles/${published.id}/\\?token=`),
    );
  });

  it('is not offered to someone who is not signed in', () => {
    expect(anonymousAdminPage).not.toContain('/preview/articles/');
    expect(anonymousAdminPage).not.toContain('token=');
  });
});

describe('a preview link', () => {
  it('shows the draft of a published article in French, then in Dutch', async () => {
    const { page, status, headers } = await open(links.fr);
    expect(status).toBe(200);
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-robots-tag']).toBe('noindex');
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(await page.locator('h1').textContent()).toBe(`Brouillon ${words.draftFr}`);
    expect(await page.locator('main').innerText()).toContain(`Nouveau texte ${words.draftFr}.`);
    expect(await page.locator('.preview-banner').innerText()).toContain(
      'Aperçu — brouillon non publié',
    );

    await page.locator('.preview-banner a[hreflang="nl"]').click();
    await page.waitForURL(/\/nl\/preview\/articles\/\d+\/\?token=/);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').textContent()).toBe(`Concept ${words.draftNl}`);
    expect(await page.locator('main').innerText()).toContain(`Nieuwe tekst ${words.draftNl}.`);
    expect(await page.locator('.preview-banner').innerText()).toContain(
      'Voorbeeld — niet-gepubliceerd concept',
    );
    await page.close();
  });

  it('shows a never-published draft', async () => {
    const { page, status } = await open(links.neverPublished);
    expect(status).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(`Jamais publié ${words.neverPublished}`);
    await page.close();
  });

  it('refuses without its token, or with an altered one, and shows no draft text', async () => {
    const bare = links.fr.replace(/\?token=.*/, '');
    const token = new URL(links.fr).searchParams.get('token') ?? '';
    const altered = `${bare}?token=${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const url of [bare, altered]) {
      const { page, status, headers } = await open(url);
      expect(status).toBe(403);
      expect(headers['cache-control']).toBe('no-store');
      expect(await page.locator('h1').textContent()).toBe('Lien d’aperçu non valable');
      const text = await mainText(page);
      for (const word of draftWords) expect(text).not.toContain(word);
      await page.close();
    }
  });

  it('refuses the token of another document', async () => {
    const token = new URL(links.neverPublished).searchParams.get('token') ?? '';
    const { page, status } = await open(
      `${siteUrl}/fr/preview/articles/${published.id}/?token=${token}`,
    );
    expect(status).toBe(403);
    expect(await mainText(page)).not.toContain(words.draftFr);
    await page.close();
  });

  it('expires, saying so in the page language and how to get a new one', async () => {
    const expired = signPreviewToken(
      inject('cmsSecret'),
      { collection: 'articles', id: published.id },
      new Date(Date.now() - 60_000),
    );
    const { page, status } = await open(
      `${siteUrl}/nl/preview/articles/${published.id}/?token=${expired}`,
    );
    expect(status).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('Voorbeeldlink verlopen');
    const text = await mainText(page);
    expect(text).toContain('Open het voorbeeld opnieuw vanuit het beheer');
    for (const word of draftWords) expect(text).not.toContain(word);
    await page.close();
  });
});

describe('the published portal, rebuilt while drafts wait in the CMS', () => {
  it('shows the published version, not the pending draft', async () => {
    const { page, status } = await open(`${siteUrl}/fr/articles/${published.slug}/`);
    expect(status).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(`Aperçu publié ${words.published}`);
    expect(await mainText(page)).not.toContain(words.draftFr);
    await page.close();
  });

  it('lists no preview and no draft in its sitemap', async () => {
    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/fr/articles/${published.slug}/`);
    expect(sitemap).not.toContain('/preview/');
    expect(sitemap).not.toContain(neverPublished.slug);
  });

  it('has no draft text in any page or file it serves', () => {
    const root = staticRoot(liveDir);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
    expect(files.some((file) => file.split(path.sep).includes('preview'))).toBe(false);
    const texts = files
      // A redirect's fallback page for an old `….html` address is a folder of that name.
      .filter((file) => /\.(html|xml|json|js|txt)$/.test(file))
      .filter((file) => statSync(path.join(root, file)).isFile())
      .map((file) => readFileSync(path.join(root, file), 'utf8'));
    expect(texts.some((text) => text.includes(words.published))).toBe(true);
    for (const word of draftWords) expect(texts.filter((text) => text.includes(word))).toEqual([]);
  });

  it('has no draft text in its search index', () => {
    // Pagefind stores each indexed page as a gzipped fragment: read them all.
    const fragments = path.join(staticRoot(liveDir), 'pagefind', 'fragment');
    const indexed = readdirSync(fragments)
      .map((file) => gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8'))
      .join('\n');
    expect(indexed).toContain(words.published);
    for (const word of draftWords) expect(indexed).not.toContain(word);
  });

  it('finds the draft in search neither by its words nor under a preview address', async () => {
    const page = await browser.newPage();
    for (const word of draftWords) {
      await page.goto(`${siteUrl}/fr/search/?q=${word}`);
      const status = page.locator('#search-status');
      await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/résultat/i);
      const hits = await page
        .locator('[data-search-results] a')
        .evaluateAll((links) =>
          links.map((link) => `${link.getAttribute('href')} ${link.textContent}`),
        );
      // Pagefind may match other pages loosely; none of them may be the draft or a preview.
      for (const hit of hits) {
        expect(hit).not.toContain('/preview/');
        expect(hit).not.toContain(word);
        expect(hit).not.toContain(neverPublished.slug);
      }
    }
    await page.close();
  });
});
