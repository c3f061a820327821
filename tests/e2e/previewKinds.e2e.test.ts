import { portals } from '@portals/content-models';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { cmsEditor, paragraph } from './support/cmsEditor.ts';

// Issue #9: "preview works for hospitals and agenda items too". Like preview.e2e.test.ts for
// articles: a published document, a pending draft on top, the admin's Preview link.
const cmsUrl = inject('cmsUrl');
const siteUrl = inject('siteUrl');

// Found nowhere else, so seeing one means the draft (not the published text) is shown.
const words = { hospital: 'qxjcapucine', agenda: 'qxjbaobab' };

let browser: Browser;
let editor: Awaited<ReturnType<typeof cmsEditor>>;
const ids = { hospitals: 0, agenda: 0 };
const links = { hospitals: '', agenda: '' };

/** The preview link an admin page offers, as the Preview button's href. */
function previewLinkIn(html: string, collection: string, id: number): string {
  const pattern = new RegExp(`${siteUrl}/fr/preview/${collection}/${id}/\\?token=[\\w.-]+`);
  const link = pattern.exec(html)?.[0];
  if (!link) throw new Error(`no preview link for ${collection} ${id} in the admin page`);
  return link;
}

beforeAll(async () => {
  browser = await launchBrowser();
  editor = await cmsEditor(cmsUrl);
  const common = { portals: [portals.hospichild.id], isDemo: true };
  ids.hospitals = await editor.publishIn('hospitals', {
    common,
    fr: { name: 'Hôpital publié de l’aperçu', maternity: { body: paragraph('Publié.') } },
  });
  ids.agenda = await editor.publishIn('agenda', {
    common: {
      ...common,
      kind: 'training',
      audiences: ['professionals'],
      startsAt: new Date(Date.now() + 50 * 86_400_000).toISOString(),
    },
    fr: { title: 'Formation publiée de l’aperçu', description: paragraph('Publiée.') },
  });
  // The pending edits an editor wants to see before publishing them.
  await editor.saveDraftIn('hospitals', ids.hospitals, 'fr', {
    name: `Hôpital ${words.hospital}`,
    maternity: { body: paragraph(`Maternité revue ${words.hospital}.`) },
  });
  await editor.saveDraftIn('agenda', ids.agenda, 'fr', {
    title: `Formation ${words.agenda}`,
    description: paragraph(`Programme revu ${words.agenda}.`),
  });
  for (const collection of ['hospitals', 'agenda'] as const) {
    const admin = await editor.adminPageOf(collection, ids[collection], 'fr');
    links[collection] = previewLinkIn(admin, collection, ids[collection]);
  }
});
afterAll(async () => {
  await browser?.close();
  // The other tests see the seeded CMS again.
  for (const collection of ['hospitals', 'agenda'] as const) {
    if (ids[collection]) await editor.deleteIn(collection, ids[collection]);
  }
});

async function open(url: string): Promise<{ page: Page; status: number }> {
  const page = await browser.newPage();
  const response = await page.goto(url);
  return { page, status: response?.status() ?? 0 };
}

describe('a preview link of a hospital or an agenda item', () => {
  it('shows the hospital draft on the fiche view under the preview banner', async () => {
    const { page, status } = await open(links.hospitals);
    expect(status).toBe(200);
    expect(await page.locator('.preview-banner').innerText()).toContain(
      'Aperçu — brouillon non publié',
    );
    expect(await page.locator('h1').textContent()).toBe(`Hôpital ${words.hospital}`);
    const section = page.locator('article.fiche section.fiche-section', { hasText: 'Maternité' });
    expect(await section.innerText()).toContain(`Maternité revue ${words.hospital}.`);
    await page.close();
  });

  it('shows the agenda draft on the item page under the preview banner', async () => {
    const { page, status } = await open(links.agenda);
    expect(status).toBe(200);
    expect(await page.locator('.preview-banner').innerText()).toContain(
      'Aperçu — brouillon non publié',
    );
    expect(await page.locator('h1').textContent()).toBe(`Formation ${words.agenda}`);
    expect(await page.locator('main').innerText()).toContain(`Programme revu ${words.agenda}.`);
    expect(await page.locator('#agenda-details').count()).toBe(1);
    await page.close();
  });

  it('refuses an altered token with 403 and shows no draft text', async () => {
    for (const collection of ['hospitals', 'agenda'] as const) {
      const token = new URL(links[collection]).searchParams.get('token') ?? '';
      const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      const { page, status } = await open(
        `${siteUrl}/fr/preview/${collection}/${ids[collection]}/?token=${altered}`,
      );
      expect(status, collection).toBe(403);
      expect(await page.locator('h1').textContent()).toBe('Lien d’aperçu non valable');
      const text = await page.locator('body').innerText();
      for (const word of Object.values(words)) expect(text).not.toContain(word);
      await page.close();
    }
  });

  it('refuses the token of the other document', async () => {
    const token = new URL(links.agenda).searchParams.get('token') ?? '';
    const { page, status } = await open(
      `${siteUrl}/fr/preview/hospitals/${ids.hospitals}/?token=${token}`,
    );
    expect(status).toBe(403);
    expect(await page.locator('body').innerText()).not.toContain(words.hospital);
    await page.close();
  });
});
