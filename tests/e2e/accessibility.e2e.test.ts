import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every URL of the sitemap, rebased on the test server. */
async function sitemapUrls(): Promise<string[]> {
  const xml = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1] ?? '');
    return `${siteUrl}${url.pathname}`;
  });
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility (WCAG 2.2 AA, EN 301 549)', () => {
  it('lists pages in both languages in the sitemap', async () => {
    const urls = await sitemapUrls();
    expect(urls.some((url) => url.includes('/fr/'))).toBe(true);
    expect(urls.some((url) => url.includes('/nl/'))).toBe(true);
  });

  it('reports no axe violation on any sitemap URL', async () => {
    const urls = await sitemapUrls();
    const page = await browser.newPage();
    const failures: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (options: object) => Promise<{ violations: unknown[] }> };
          }
        ).axe;
        const result = await axe.run({
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
        });
        return result.violations;
      });
      for (const violation of violations as AxeViolation[]) {
        failures.push(
          `${url}: ${violation.id} (${violation.help}) at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 300_000);
});
