import { portals } from '@portals/content-models';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { dutchMarkers, pagesWithDutch } from './support/dutchMarkers.ts';
import { readBuiltSite } from './support/sweep/builtSite.ts';

/** seul avec enfant as a reader and a social worker see it (issue #11), on the shared build. */
const site = inject('sites')[portals.seulAvecEnfant.id];
const secalPage = '/fr/articles/pension-alimentaire-impayee-le-recours-au-secal/';
const taxPage = '/fr/articles/impots-les-avantages-pour-les-familles-monoparentales/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.runIf(site)('seul avec enfant', () => {
  const url = site?.url ?? '';

  it('shows on a rights page the referent organisation and the date of its validation', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}${secalPage}`);
    await expect
      .poll(() => page.locator('.validation').innerText())
      .toBe('Contenu validé par Service des créances alimentaires (SECAL) le 16 février 2026');
    const help = page.getByRole('region', { name: 'Où trouver de l’aide ?' });
    expect(await help.innerText()).toMatch(/Avenue de l’Exemple 24\s+4000 Liège/);
    await page.close();
  });

  it('shows « en cours de révision » on the page whose review date has passed', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}${taxPage}`);
    expect(await page.locator('.validation').innerText()).toMatch(/en cours de révision/);
    await page.close();
  });

  it('prints a rights page without navigation, with its links’ addresses and its validation', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}${secalPage}`);
    await page.emulateMedia({ media: 'print' });
    for (const nav of await page.locator('nav').all()) expect(await nav.isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.site-header .tools').isVisible()).toBe(false);
    expect(await page.locator('.validation').isVisible()).toBe(true);
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(await after('main .help a[href^="http"]')).toContain('(https://finances.belgium.be)');
    await page.close();
  });

  it('has no Dutch string, Dutch page or /nl/ link in any page it built', () => {
    const built = readBuiltSite(portals.seulAvecEnfant.id, url, site?.liveDir ?? '');
    expect(built.pages.size).toBeGreaterThan(10);
    expect([...built.files].filter((file) => file.startsWith('nl/'))).toEqual([]);
    const markers = dutchMarkers();
    expect(markers).toContain('Naar de hoofdinhoud');
    expect(pagesWithDutch(built.pages.values(), markers)).toEqual([]);
  });
});
