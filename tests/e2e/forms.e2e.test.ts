import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { runAxe } from './support/sweep/axeViolations.ts';

const siteUrl = inject('siteUrl');
const seulAvecEnfant = inject('sites')['seul-avec-enfant']?.url;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The CMS refuses a post sent sooner than 3 s after the page showed (`defaultMinFillMs` in
 * cms/src/forms/guardSubmission.ts); the fill time counts from the page's display once the
 * script runs.
 */
const pastFillTime = (page: Page) => page.waitForTimeout(3200);

async function fillContact(page: Page, email: string) {
  await page.locator('#contact-senderKind-professional').check();
  await page.locator('#contact-name').fill('Lotte Janssens');
  await page.locator('#contact-email').fill(email);
  await page.locator('#contact-subject').fill('Bezoekuren pediatrie');
  await page.locator('#contact-message').fill('Mogen broers en zussen op bezoek komen?');
}

describe('the contact form (issue #12)', () => {
  it('sends a message without JavaScript and lands on the thank-you page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/fr/contact/`);
    await fillContact(page, 'sans-js@lecteurs.example');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.waitForURL(`${siteUrl}/fr/contact/merci/`);
    expect(await page.locator('h1').textContent()).toBe('Merci, votre message est envoyé');
    await context.close();
  });

  it('sends a message in place with JavaScript and goes to the thank-you page', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/nl/contact/`);
    await fillContact(page, 'met-js@lecteurs.example');
    await pastFillTime(page);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.waitForURL(`${siteUrl}/nl/contact/bedankt/`);
    expect(await page.locator('h1').textContent()).toBe('Bedankt, uw bericht is verstuurd');
    await page.close();
  });

  it('shows a refusal in the error summary, moves focus to it, and passes axe in that state', async () => {
    // The audit injects axe-core as the sweep does, past the page's policy.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/fr/contact/`);
    await fillContact(page, 'trop-vite@lecteurs.example');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    const summary = page.locator('#contact-summary');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.textContent()).toContain('Le formulaire a été envoyé trop vite.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-summary');
    expect(page.url()).toBe(`${siteUrl}/fr/contact/`);
    expect((await runAxe(page)).map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});

describe('the question to the referents (issue #12)', () => {
  it.runIf(seulAvecEnfant)('sends a question on a chosen theme without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${seulAvecEnfant}/fr/poser-une-question/`);
    const theme = page.locator('#question-theme');
    expect(await theme.locator('option').count()).toBeGreaterThan(2);
    await theme.selectOption({ index: 1 });
    await page.locator('#question-name').fill('Parent solo');
    await page.locator('#question-email').fill('question-e2e@lecteurs.example');
    await page.locator('#question-subject').fill('Avance de pension');
    await page.locator('#question-message').fill('Le SECAL peut-il avancer la pension ?');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.waitForURL(`${seulAvecEnfant}/fr/poser-une-question/merci/`);
    expect(await page.locator('h1').textContent()).toBe('Merci, votre message est envoyé');
    await context.close();
  });
});

describe('the newsletter sign-up (issue #12)', () => {
  it('ties the CMS’s refusal of an address to its field, focuses the summary, and passes axe', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/fr/lettre-d-information/`);
    // The browser accepts an address without a domain's dot; the CMS does not.
    await page.locator('#newsletter-email').fill('lecteur@localhost');
    await pastFillTime(page);
    await page.getByRole('button', { name: 'M’inscrire' }).click();
    const summary = page.locator('#newsletter-summary');
    await summary.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('newsletter-summary');
    const link = summary.locator('a[href="#newsletter-email"]');
    const message = (await link.textContent()) ?? '';
    expect(message).not.toBe('');
    const field = page.locator('#newsletter-email');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(
      'newsletter-email-hint newsletter-email-error',
    );
    expect(await page.locator('#newsletter-email-error').textContent()).toBe(message);
    expect(page.url()).toBe(`${siteUrl}/fr/lettre-d-information/`);
    expect((await runAxe(page)).map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
