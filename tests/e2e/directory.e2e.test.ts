import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

// globalSetup builds with OPEN_DATA_OFFLINE unset and Bruxelles Social out of reach, so these
// pages show what a build shows when the service is down: the recorded snapshot.
const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page with JavaScript off: the directory, its filters included, must not need it. */
async function withoutScript<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** The URLs Pagefind finds for `query` from a page in `locale` (it reads that language's index). */
async function searchHits(locale: 'fr' | 'nl', query: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/${locale}/`);
  // A string, not a function: Vite would rewrite a function's import() for Node.
  const urls = await page.evaluate<string[]>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(found.results.map(async (result) => (await result.data()).url));
  })()`);
  await page.close();
  return urls;
}

const names = (page: Page) => page.locator('main .organisation-list h2').allInnerTexts();

describe('the directory of partner associations', () => {
  it('lists organisations by name, with JavaScript off, under the Bruxelles Social credit', async () => {
    await withoutScript(async (page) => {
      await page.goto(`${siteUrl}/fr/`);
      await page
        .getByRole('navigation', { name: /principal/i })
        .getByRole('link', { name: 'Associations' })
        .click();
      await page.waitForURL(/\/fr\/associations\/$/);
      const listed = await names(page);
      expect(listed.length).toBeGreaterThan(20);
      expect(listed).toEqual(
        [...listed].sort(new Intl.Collator('fr-BE', { numeric: true }).compare),
      );
      expect(listed).toContain("COORDINATION DE L'ACTION SOCIALE DE SCHAERBEEK");
      expect(await page.locator('main').innerText()).toMatch(/Source : Bruxelles Social \(CC BY\)/);
    });
  });

  it('says the data is the recorded copy of 14 September 2020', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/fr/associations/`);
    const credit = await page.locator('.directory-credit').innerText();
    expect(credit).toMatch(/Données du 14 septembre 2020/);
    expect(credit).toMatch(/Copie enregistrée/);
    await page.close();
  });

  it('filters by commune through a plain link to a page of its own', async () => {
    await withoutScript(async (page) => {
      await page.goto(`${siteUrl}/fr/associations/`);
      await page.getByText('Par commune').click();
      const link = page.getByRole('link', { name: '1030 SCHAERBEEK' });
      const count = Number(/\((\d+)\)/.exec(await link.locator('..').innerText())?.[1]);
      await link.click();
      await page.waitForURL(/\/fr\/associations\/commune\/1030-schaerbeek\/$/);
      const communes = await page.locator('main .organisation-list .commune').allInnerTexts();
      expect(communes.length).toBe(count);
      expect(new Set(communes)).toEqual(new Set(['1030 SCHAERBEEK']));
      expect(await page.locator('main').innerText()).toMatch(/Source : Bruxelles Social \(CC BY\)/);
    });
  });

  it('shows an organisation with the CC BY credit linking to its page on social.brussels', async () => {
    const page = await browser.newPage();
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).origin));
    await page.goto(`${siteUrl}/fr/associations/`);
    await page
      .getByRole('link', { name: "COORDINATION DE L'ACTION SOCIALE DE SCHAERBEEK" })
      .click();
    await page.waitForURL(/\/fr\/associations\/13219-[a-z0-9-]+\/$/);
    expect(await page.getByRole('link', { name: 'Bruxelles Social' }).getAttribute('href')).toBe(
      'https://social.brussels/organisation/13219',
    );
    expect(await page.locator('a[href^="tel:"]').first().getAttribute('href')).toBe(
      'tel:+3224355138',
    );
    expect(await page.getByRole('link', { name: /OpenStreetMap/ }).getAttribute('href')).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=50\.85\d+&mlon=4\.40\d+#map=17\//,
    );
    expect(await page.locator('main').innerText()).toMatch(/28 août 2020/);
    // A plain link, not an embedded map: the page asks nothing of any other host.
    expect([...hosts]).toEqual([siteUrl]);
    await page.close();
  });

  it('marks fictitious organisations as such', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/fr/associations/`);
    await page.locator('main .organisation-list a[href*="/associations/9000"]').first().click();
    expect(await page.locator('main header').innerText()).toMatch(
      /Organisation fictive \(démonstration\)/,
    );
    await page.close();
  });

  it('switches to the Dutch page, in Dutch, crediting sociaal.brussels', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/fr/associations/`);
    await page
      .getByRole('link', { name: "COORDINATION DE L'ACTION SOCIALE DE SCHAERBEEK" })
      .click();
    await page.locator('a[hreflang="nl"]').first().click();
    await page.waitForURL(/\/nl\/verenigingen\/13219-[a-z0-9-]+\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').innerText()).toBe(
      'COÖRDINATIE VAN DE SCHAARBEEKSE SOCIALE ACTIE',
    );
    expect(await page.getByRole('link', { name: 'Sociaal Brussel' }).getAttribute('href')).toBe(
      'https://sociaal.brussels/organisation/13219',
    );
    expect(await page.locator('main').innerText()).toMatch(/Bron: Sociaal Brussel \(CC BY\)/);
    await page.close();
  });

  it('puts each organisation page in the search index of its language', async () => {
    expect(await searchHits('fr', 'Roulotte')).toContainEqual(
      expect.stringMatching(/^\/fr\/associations\/900001-/),
    );
    expect(await searchHits('nl', 'Roulotte')).toContainEqual(
      expect.stringMatching(/^\/nl\/verenigingen\/900001-/),
    );
  });
});
