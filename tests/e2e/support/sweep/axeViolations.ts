import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { mapLimit } from './sitemapUrls.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * WCAG 2.2 AA as axe-core tags it (EN 301 549 asks for the same level), plus axe's best
 * practices (landmarks, one h1, heading order), which the portals have always passed.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it stands (a state a script reached
 * included). The page's context must bypass its Content-Security-Policy (see below).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  return (await page.evaluate(async (values) => {
    const axe = (
      window as unknown as {
        axe: { run: (options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (await axe.run({ runOnly: { type: 'tag', values } })).violations;
  }, axeTags)) as AxeViolation[];
}

/**
 * A page that sends readers on at once (a one-language portal's root, a zero-delay refresh)
 * navigates while axe starts: axe then runs on the page it lands on. On a loaded machine the
 * navigation may not have begun when the first attempt fails, hence a few attempts.
 */
async function runAxeWhereItLands(page: Page): Promise<AxeViolation[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runAxe(page);
    } catch (error) {
      if (attempt === 5 || !String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForLoadState('load');
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * Runs axe-core in real Chromium on every URL, in a few tabs at once (two cores on CI), and
 * lists each violation with the page and the elements concerned.
 */
export async function axeViolations(
  browser: Browser,
  urls: readonly string[],
  tabs = 3,
): Promise<string[]> {
  // axe-core goes in as an inline script, which the portals' Content-Security-Policy rightly
  // refuses (issue #13); the audit bypasses it as a browser extension would. The other e2e
  // tests keep the policy, so they prove the pages' own scripts run under it.
  const context = await browser.newContext({ bypassCSP: true });
  // In every document before its own scripts, rather than added to each page after it loads:
  // Chromium then compiles axe once for the whole audit (350 ms a page instead of 640 here).
  await context.addInitScript({ content: axeSource });
  try {
    const pages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
    const free = [...pages];
    const results = await mapLimit(urls, tabs, async (url) => {
      const page = free.pop();
      if (!page) throw new Error('no free tab');
      try {
        await page.goto(url);
        const violations = await runAxeWhereItLands(page);
        const path = new URL(url).pathname;
        return violations.map(
          (violation) =>
            `${path}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      } finally {
        free.push(page);
      }
    });
    return results.flat();
  } finally {
    await context.close();
  }
}
