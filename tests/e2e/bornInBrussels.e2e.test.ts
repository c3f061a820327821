import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { tabTo, type Focused } from './support/keyboard.ts';

/**
 * Born in Brussels (issue #10) in Chromium: the three-level tree by keyboard, one URL per
 * article whatever the branch, the fallback page's language switch, S.O.S. in one activation,
 * the text-size setting and reflow at 320 CSS pixels. Runs on the globalSetup build.
 */
const site = inject('sites')['born-in-brussels'];
const describeBuilt = site ? describe : describe.skip;
const url = (path: string) => `${site?.url ?? ''}${path}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const named =
  (pattern: RegExp, tag?: string) =>
  (element: Focused): boolean =>
    pattern.test(element.name) && (!tag || element.tag === tag);

async function withPage<T>(run: (page: Page) => Promise<T>, width = 1280): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Opens a top section's sub-menu and follows one of its sub-sections, by mouse. */
async function openSubSection(page: Page, top: RegExp, sub: RegExp): Promise<void> {
  const menu = page.locator('nav.tree-nav');
  await menu.locator('summary', { hasText: top }).click();
  await menu.getByRole('link', { name: sub }).click();
}

describeBuilt('Born in Brussels', () => {
  it('reaches a third-level article through the menu with the keyboard only', async () => {
    const unseen: string[] = [];
    const articleUrl = await withPage(async (page) => {
      await page.goto(url('/fr/'));
      await tabTo(page, named(/^Santé et bien-être$/, 'summary'), unseen);
      await page.keyboard.press('Enter');
      await tabTo(page, named(/^Santé mentale périnatale$/), unseen);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/fr\/sante-et-bien-etre\/sante-mentale-perinatale\/$/);
      await tabTo(page, named(/^Baby blues ou dépression/), unseen);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/fr\/articles\/[a-z0-9-]+\/$/);
      expect(await page.locator('h1').innerText()).toMatch(/^Baby blues ou dépression/);
      return page.url();
    });
    expect(unseen).toEqual([]);
    expect(new URL(articleUrl).pathname).toBe(
      '/fr/articles/baby-blues-ou-depression-savoir-faire-la-difference/',
    );
  });

  it('lands on the same URL through the article’s second branch, with its main breadcrumb and “also in”', async () => {
    await withPage(async (page) => {
      await page.goto(url('/fr/'));
      await openSubSection(page, /^Santé et bien-être$/, /^Après l’accouchement$/);
      await page.getByRole('link', { name: /^Baby blues ou dépression/ }).click();
      await page.waitForURL(/\/fr\/articles\//);
      expect(new URL(page.url()).pathname).toBe(
        '/fr/articles/baby-blues-ou-depression-savoir-faire-la-difference/',
      );
      const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
      expect(await crumbs.getByRole('link').allInnerTexts()).toEqual([
        'Accueil',
        'Santé et bien-être',
        'Santé mentale périnatale',
      ]);
      const alsoIn = page.getByRole('navigation', { name: 'Cet article se trouve aussi dans' });
      expect(await alsoIn.getByRole('link').allInnerTexts()).toEqual([
        'Santé et bien-être › Après l’accouchement',
        'SOS › Détresse psychologique',
      ]);
    });
  });

  it('switches language on a fallback page: the Dutch page of a French-only article leads back to French', async () => {
    await withPage(async (page) => {
      await page.goto(url('/nl/'));
      await openSubSection(page, /^Jonge kinderen$/, /^Talen en ontdekken$/);
      await page.getByRole('link', { name: /^Grandir avec plusieurs langues/ }).click();
      await page.waitForURL(/\/nl\/artikels\//);
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      expect(await page.getByRole('note').innerText()).not.toBe('');
      await page
        .getByRole('navigation', { name: /taal/i })
        .getByRole('link', { name: 'Français' })
        .click();
      await page.waitForURL(/\/fr\/articles\//);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.locator('h1').innerText()).toMatch(/^Grandir avec plusieurs langues/);
    });
  });

  it('reaches S.O.S. from an article in one activation, emergency numbers first, on a phone', async () => {
    await withPage(async (page) => {
      await page.goto(url('/fr/articles/la-valise-de-maternite/'));
      const sos = page.getByRole('link', { name: 'SOS : aide urgente' });
      const box = await sos.boundingBox();
      expect(box && box.y + box.height <= 640).toBe(true);
      await sos.click();
      await page.waitForURL(/\/fr\/sos\/$/);
      expect(await page.locator('h1').innerText()).toBe('SOS');
      expect(await page.locator('main .lead').innerText()).toMatch(/^Urgence : 112/);
    }, 360);
  });

  it('keeps the larger text across pages, enlarging the text, and hides the switch without JavaScript', async () => {
    await withPage(async (page) => {
      await page.goto(url('/fr/'));
      const rootSize = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(await rootSize()).toBe('16px');
      const button = page.getByRole('button', { name: 'Texte plus grand' });
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await rootSize()).toBe('20px');
      await page.goto(url('/fr/sos/'));
      expect(await rootSize()).toBe('20px');
      expect(
        await page.getByRole('button', { name: 'Texte plus grand' }).getAttribute('aria-pressed'),
      ).toBe('true');
    });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/fr/'));
    expect(await page.locator('button.text-size').isHidden()).toBe(true);
    await context.close();
  });

  it('reflows at 320 CSS pixels (400 % zoom) without horizontal scrolling, larger text too', async () => {
    const paths = [
      '/fr/',
      '/fr/sante-et-bien-etre/',
      '/fr/articles/baby-blues-ou-depression-savoir-faire-la-difference/',
      '/nl/artikels/grandir-avec-plusieurs-langues-un-atout-pas-un-obstacle/',
      '/fr/associations/',
      '/fr/agenda/',
      '/nl/sitemap/',
    ];
    const overflowing = await withPage(async (page) => {
      const found: string[] = [];
      for (const large of [false, true]) {
        await page.goto(url('/fr/'));
        await page.evaluate((on) => {
          localStorage.setItem('portals:text-size', on ? 'large' : 'normal');
        }, large);
        for (const path of paths) {
          await page.goto(url(path));
          await page.locator('details').evaluateAll((all) => {
            for (const details of all) (details as HTMLDetailsElement).open = true;
          });
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) found.push(`${path}${large ? ' (larger text)' : ''}: ${width}px`);
        }
      }
      return found;
    }, 320);
    expect(overflowing).toEqual([]);
  });
});
