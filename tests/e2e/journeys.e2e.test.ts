import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { staticRoot } from '../../scripts/lib/releaseLayout.ts';
import { launchBrowser } from './support/browser.ts';
import { tabTo, type Focused } from './support/keyboard.ts';

/**
 * Issue #11: a parent follows the separation journey step by step with the keyboard alone
 * (Tab, Enter) and reaches rights pages that say where they sit in it, with the previous and
 * next steps. Every focus met on the way must be visible.
 */
const sites = inject('sites');
const portalId = 'seul-avec-enfant';
const journeysPath = '/fr/parcours/';
const site = sites[portalId];
const built = !!site && existsSync(path.join(staticRoot(site.liveDir), journeysPath, 'index.html'));

let browser: Browser;
beforeAll(async () => {
  if (built) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const named = (pattern: RegExp) => (element: Focused) => pattern.test(element.name);

async function enter(page: Page, pathname: RegExp) {
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => pathname.test(url.pathname + url.hash));
}

describe.skipIf(!built)('the separation journey on seul avec enfant, by keyboard', () => {
  it('leads from the home page through the steps to rights pages that show where they sit', async () => {
    const unseen: string[] = [];
    const page = await browser.newPage();
    await page.goto(`${site?.url ?? ''}/fr/`);

    // The home page lists the life events (the `journeys` block).
    await tabTo(page, named(/^je me sépare ou je divorce$/i), unseen);
    await enter(page, /^\/fr\/parcours\/je-me-separe-ou-je-divorce\/$/);
    expect(await page.locator('ol.steps > li h2').allInnerTexts()).toHaveLength(5);

    // Step 1: its rights page, which names the journey and leads to step 2.
    await tabTo(page, named(/^se séparer : les premières démarches$/i), unseen);
    await enter(page, /^\/fr\/articles\/se-separer-les-premieres-demarches\/$/);
    expect(await page.locator('.journey-part-of').innerText()).toMatch(
      /Fait partie de : Je me sépare ou je divorce, étape 1 sur 5/,
    );
    await tabTo(page, named(/^étape suivante fixer la contribution alimentaire$/i), unseen);
    await enter(page, /^\/fr\/parcours\/je-me-separe-ou-je-divorce\/#etape-2$/);

    // Step 2, from where the focus landed: its rights page has both neighbours.
    await tabTo(page, named(/^pension alimentaire impayée/i), unseen);
    await enter(page, /^\/fr\/articles\/pension-alimentaire-impayee-le-recours-au-secal\/$/);
    const second = page.locator('.journey-part-of .place');
    expect(await second.innerText()).toMatch(
      /Fait partie de : Je me sépare ou je divorce, étape 2 sur 5/,
    );
    expect(await second.locator('a[rel="prev"]').innerText()).toMatch(
      /Étape précédente\s+Organiser la vie des enfants/,
    );
    expect(await second.locator('a[rel="next"]').innerText()).toMatch(
      /Étape suivante\s+Trouver ou garder un logement/,
    );
    await tabTo(page, named(/^étape précédente organiser la vie des enfants$/i), unseen);
    await enter(page, /^\/fr\/parcours\/je-me-separe-ou-je-divorce\/#etape-1$/);
    expect(await page.locator(':target h2').innerText()).toMatch(/Organiser la vie des enfants/);
    expect(unseen).toEqual([]);
    await page.close();
  });
});
