import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { publishedArticles } from './support/cmsArticles.ts';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an article that exists in French only', () => {
  it('leads the language switch to the French text with a Dutch notice, kept out of the Dutch index', async () => {
    const frenchOnly = (await publishedArticles(cmsUrl)).find(
      (doc) => doc.title.fr && !doc.title.nl,
    );
    expect(frenchOnly, 'the demo content has a French-only article').toBeDefined();
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/fr/articles/${frenchOnly?.slug.fr ?? ''}/`);
    await page.locator('a[hreflang="nl"]').first().click();
    await page.waitForURL(/\/nl\//);

    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(
      await page.locator('main [lang="fr"] h1, main h1[lang="fr"]').first().textContent(),
    ).toBe(frenchOnly?.title.fr);
    expect(await page.locator('main').innerText()).toMatch(/Frans/);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toMatch(/noindex/);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await page.close();
  });

  it('is found by the French search and not by the Dutch one', async () => {
    const frenchOnly = (await publishedArticles(cmsUrl)).find(
      (doc) => doc.title.fr && !doc.title.nl,
    );
    const query = frenchOnly?.title.fr ?? '';
    const hits = async (locale: 'fr' | 'nl') => {
      const page = await browser.newPage();
      await page.goto(`${siteUrl}/${locale}/`);
      // Pagefind picks the index of the page's <html lang>, as the search page does.
      // A string, not a function: Vite would rewrite a function's import() for Node.
      const urls = await page.evaluate<string[]>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const found = await pagefind.search(${JSON.stringify(query)});
        return Promise.all(found.results.map(async (result) => (await result.data()).url));
      })()`);
      await page.close();
      return urls;
    };
    const slug = frenchOnly?.slug.fr ?? '';
    expect((await hits('fr')).some((url) => url.includes(`/fr/articles/${slug}/`))).toBe(true);
    expect((await hits('nl')).some((url) => url.includes(slug))).toBe(false);
  });
});
