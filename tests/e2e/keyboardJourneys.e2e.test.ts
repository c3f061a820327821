import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { portalList } from '@portals/content-models';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { staticRoot } from '../../scripts/lib/releaseLayout.ts';
import { launchBrowser } from './support/browser.ts';
import { tabTo, type Focused } from './support/keyboard.ts';

/**
 * The main tasks of issue #9, done with the keyboard alone (Tab, Enter) in Chromium, on every
 * built portal that has the pages they start from. Each focus met on the way must be visible.
 */
const sites = inject('sites');
const hospitalsPath = '/fr/hopitaux/';
const agendaPath = '/fr/agenda/';

/** Whether a portal's build has the page at `urlPath`, read at collection time. */
function hasPage(portalId: string, urlPath: string): boolean {
  const liveDir = sites[portalId]?.liveDir;
  return !!liveDir && existsSync(path.join(staticRoot(liveDir), urlPath, 'index.html'));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openWithKeyboard(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  return page;
}

const named = (pattern: RegExp) => (element: Focused) => pattern.test(element.name);

describe.each(portalList.filter((portal) => portal.id in sites))(
  'on $id, by keyboard',
  (portal) => {
    const url = sites[portal.id]?.url ?? '';
    const hospitalsUrl = new URL(hospitalsPath, url).href;

    it.skipIf(!hasPage(portal.id, hospitalsPath))(
      "finds a hospital's maternity: home, Hôpitaux partenaires, a hospital, Maternité",
      async () => {
        const unseen: string[] = [];
        const page = await openWithKeyboard(`${url}/fr/`);
        await tabTo(page, named(/hôpitaux partenaires/i), unseen);
        await page.keyboard.press('Enter');
        await page.waitForURL(hospitalsUrl);

        // The first fiche listed that has a maternity section; the keyboard then goes to it.
        const fiches = await page
          .locator(`main a[href^="${hospitalsPath}"]`)
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        const fiche = fiches.find((href) => {
          const file = path.join(staticRoot(sites[portal.id]?.liveDir ?? ''), href, 'index.html');
          return /^\/fr\/hopitaux\/[^/]+\/$/.test(href) && existsSync(file)
            ? /Maternité/.test(readFileSync(file, 'utf8'))
            : false;
        });
        expect(fiche, 'a hospital fiche with a maternity, linked from the list').toBeDefined();
        await tabTo(page, (element) => element.href === fiche, unseen);
        await page.keyboard.press('Enter');
        await page.waitForURL(new URL(fiche ?? '', url).href);

        await tabTo(page, named(/^maternité/i), unseen);
        await page.keyboard.press('Enter');
        // A link within the fiche (table of contents) or to the maternities of all hospitals.
        await page.waitForFunction(() => location.hash !== '' || /maternit/i.test(document.title));
        const landed = page.url().includes('#')
          ? await page.locator(':target').innerText()
          : await page.locator('h1').innerText();
        expect(landed).toMatch(/maternité/i);
        expect(unseen).toEqual([]);
        await page.close();
      },
    );

    it.skipIf(!hasPage(portal.id, agendaPath))(
      "subscribes to the agenda feed: home, Agenda, S'abonner gives an iCalendar file",
      async () => {
        const unseen: string[] = [];
        const page = await openWithKeyboard(`${url}/fr/`);
        await tabTo(page, named(/^agenda$/i), unseen);
        await page.keyboard.press('Enter');
        await page.waitForURL(new URL(agendaPath, url).href);

        const feedLink = await tabTo(page, named(/s[’']abonner/i), unseen);
        expect(feedLink.href).toMatch(/\.ics$/);
        // Served with its own type, which calendar applications subscribing to it expect.
        const feed = await fetch(new URL(feedLink.href ?? '', url));
        expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        const download = page.waitForEvent('download');
        await page.keyboard.press('Enter');
        const file = await (await download).path();
        expect(readFileSync(file, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r?\n/);
        expect(unseen).toEqual([]);
        await page.close();
      },
    );
  },
);
