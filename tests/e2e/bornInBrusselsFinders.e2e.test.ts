import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

/** Born in Brussels' "find a midwife" and FAQ assistant (issue #10), as a reader uses them. */
const site = inject('sites')['born-in-brussels'];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withoutScript<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function ask(locale: 'fr' | 'nl', question: string): Promise<Page> {
  const page = await browser.newPage();
  const faqPath = locale === 'fr' ? '/fr/questions-frequentes/' : '/nl/veelgestelde-vragen/';
  await page.goto(`${site?.url}${faqPath}`);
  const input = page.getByRole('textbox', {
    name: locale === 'fr' ? 'Votre question' : 'Je vraag',
  });
  await input.fill(question);
  await input.press('Enter');
  const status = page.locator('#faq-assistant-status');
  await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/\d|pas trouvé|geen/);
  return page;
}

describe.runIf(site)('Born in Brussels: find a midwife', () => {
  it('filters midwives by a spoken language without JavaScript and opens one', async () => {
    await withoutScript(async (page) => {
      await page.goto(`${site?.url}/fr/sages-femmes/`);
      await page.locator('summary', { hasText: 'Par langue parlée' }).click();
      await page.getByRole('link', { name: 'arabe', exact: true }).click();
      await page.waitForURL(/\/fr\/sages-femmes\/langue\/ar\/$/);
      expect(await page.locator('h1').innerText()).toBe('Sages-femmes qui parlent arabe');
      const entries = page.locator('main .midwives > li');
      expect(await entries.count()).toBeGreaterThan(0);
      for (const text of await entries.allInnerTexts()) expect(text).toContain('arabe');
      const first = entries.first().locator('h3 a');
      const name = await first.innerText();
      await first.click();
      await page.waitForURL(/\/fr\/sages-femmes\/[a-z0-9-]+\/$/);
      expect(await page.locator('h1').innerText()).toBe(name);
      expect(await page.locator('main a[href^="tel:"]').count()).toBe(1);
    });
  });

  it('names the languages in Dutch on the Dutch pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${site?.url}/nl/vroedvrouwen/taal/ar/`);
    expect(await page.locator('h1').innerText()).toBe('Vroedvrouwen die Arabisch spreken');
    await page.close();
  });
});

describe.runIf(site)('Born in Brussels: the FAQ assistant', () => {
  it('puts the birth allowance first for a question in other words', async () => {
    const page = await ask('fr', 'combien d’argent reçoit-on à la naissance du bébé');
    const first = page.locator('#faq-assistant-results li a').first();
    expect(await first.innerText()).toBe('Comment obtenir la prime de naissance ?');
    await first.click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector(':target')?.textContent ?? ''))
      .toBe('Comment obtenir la prime de naissance ?');
    await page.close();
  });

  it('answers in Dutch from the Dutch index', async () => {
    const page = await ask('nl', 'hoeveel geld krijg je bij de geboorte van je baby');
    expect(await page.locator('#faq-assistant-results li a').first().innerText()).toBe(
      'Hoe krijg ik het kraamgeld?',
    );
    await page.close();
  });

  it('offers the contact page when it has no answer', async () => {
    const page = await ask('fr', 'xylophone quantique');
    const contact = page.locator('#faq-assistant-contact a');
    await contact.waitFor({ state: 'visible' });
    expect(await contact.getAttribute('href')).toBe('/fr/contact/');
    expect(await page.locator('#faq-assistant-results').isVisible()).toBe(false);
    await page.close();
  });
});
