import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function searchFrom(locale: 'fr' | 'nl', word: string) {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/${locale}/`);
  await page.locator('header a[href*="/search/"], header a[href*="/zoeken/"]').first().click();
  const input = page.getByRole('searchbox');
  await input.fill(word);
  await input.press('Enter');
  // Articles only: the agenda and the fiches share words with them (an agenda item has clowns too).
  const hit = page
    .locator(
      '[data-search-results] a[href*="/articles/"], [data-search-results] a[href*="/artikels/"]',
    )
    .first();
  await hit.waitFor({ timeout: 15_000 });
  return { page, hit };
}

describe('search', () => {
  it('finds a French article by a word of its title and opens it', async () => {
    const { page, hit } = await searchFrom('fr', 'clowns');
    await hit.click();
    await page.waitForURL(/\/fr\/articles\//);
    expect((await page.locator('h1').textContent())?.toLowerCase()).toContain('clowns');
    await page.close();
  });

  it('searches the Dutch index from a Dutch page', async () => {
    const { page, hit } = await searchFrom('nl', 'clowns');
    expect(await hit.getAttribute('href')).toMatch(/\/nl\/artikels\//);
    await hit.click();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.close();
  });

  it('announces the number of results to screen readers', async () => {
    const { page } = await searchFrom('fr', 'clowns');
    const status = page.locator('[role="status"], [aria-live="polite"]').first();
    await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/\d/);
    await page.close();
  });
});
