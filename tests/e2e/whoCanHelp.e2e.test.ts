import { stripVTControlCharacters } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const buildLog = stripVTControlCharacters(inject('siteBuildLog'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the build of the directory', () => {
  it('says it used the recorded snapshot because Bruxelles Social was unreachable', () => {
    expect(buildLog).toMatch(/Bruxelles Social is unreachable .*; using the recorded snapshot/);
    expect(buildLog).toMatch(/using the recorded snapshot of 2020-09-14, not live data/);
  });

  it('takes its curation from the portal record in the CMS', () => {
    expect(buildLog).toMatch(/curation: from the CMS record of "hospichild"/);
    expect(buildLog).toMatch(/showing 38 of 301 organisations/);
  });
});

describe('an article naming directory categories', () => {
  it('lists the matching organisations under "Qui peut m’aider ?", with the credit', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/fr/articles/soins-a-domicile-apres-la-sortie-de-l-hopital/`);
    const section = page.getByRole('region', { name: 'Qui peut m’aider ?' });
    const links = section.locator('.organisation-list h3 a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href')),
    )) {
      expect(href).toMatch(/^\/fr\/associations\/\d+-[a-z0-9-]+\/$/);
    }
    expect(await section.innerText()).toMatch(/Source : Bruxelles Social \(CC BY\)/);
    const name = await links.first().innerText();
    await links.first().click();
    await page.waitForURL(/\/fr\/associations\/\d+-/);
    expect(await page.locator('h1').innerText()).toBe(name);
    await page.close();
  });

  it('has the Dutch list under "Wie kan helpen?"', async () => {
    const page = await browser.newPage();
    await page.goto(
      `${siteUrl}/nl/artikels/thuiszorg-na-het-ziekenhuis-de-zorg-thuis-voortzetten/`,
    );
    const section = page.getByRole('region', { name: 'Wie kan helpen?' });
    expect(await section.locator('a[href^="/nl/verenigingen/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('lists nothing on an article without categories', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/fr/articles/passer-la-nuit-a-l-hopital-aupres-de-son-enfant/`);
    expect(await page.locator('.who-can-help').count()).toBe(0);
    await page.close();
  });
});
