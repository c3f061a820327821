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

describe('a parent finds an article by navigating', () => {
  it('goes from the language chooser through a section to an article, then to Dutch', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    await page
      .getByRole('link', { name: /français/i })
      .first()
      .click();
    await page.waitForURL(/\/fr\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    await page
      .getByRole('navigation', { name: /principal|menu/i })
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL(/\/fr\/.+\//);
    await page.locator('main a[href*="/fr/articles/"]').first().click();
    await page.waitForURL(/\/fr\/articles\/[a-z0-9-]+\/$/);
    const frenchTitle = await page.locator('h1').textContent();
    expect(frenchTitle?.trim()).toBeTruthy();

    await page.locator('a[hreflang="nl"]').first().click();
    await page.waitForURL(/\/nl\//);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it('shows an article with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/fr/`);
    const href = await page.locator('main a[href*="/fr/articles/"]').first().getAttribute('href');
    expect(href).toBeTruthy();
    await page.goto(new URL(href ?? '', siteUrl).toString());
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    await context.close();
  });

  it('answers an unknown Dutch address with the Dutch 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${siteUrl}/nl/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.close();
  });
});
