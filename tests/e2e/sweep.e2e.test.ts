import { realpathSync } from 'node:fs';
import { formErrorPath, formThanksPath, portalList } from '@portals/content-models';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { axeViolations } from './support/sweep/axeViolations.ts';
import { brokenLinks } from './support/sweep/brokenLinks.ts';
import { readBuiltSite, type BuiltSite } from './support/sweep/builtSite.ts';
import { filesContaining } from './support/sweep/filesContaining.ts';
import { hreflangProblems } from './support/sweep/hreflangProblems.ts';
import { languageExpectations, languageProblems } from './support/sweep/languageProblems.ts';
import { formatNuError, nuHtmlErrors, type NuError } from './support/sweep/nuHtmlErrors.ts';
import { pageBudgetsKb, pageKindOf } from './support/sweep/pageBudgets.ts';
import { pageWeight } from './support/sweep/pageWeight.ts';
import { sitemapUrls } from './support/sweep/sitemapUrls.ts';

/**
 * The quality sweep (issue #9): every check below runs on every built portal, so a new portal
 * gets it by having a `sites/<id>/` folder. Each check lists all its offenders.
 */
const sites = inject('sites');
const builtPortals = portalList.filter((portal) => portal.id in sites);
const builds = new Map<string, BuiltSite>();
let browser: Browser;
// One Nu checker run (one JVM) over every portal, shared by the portals' tests.
let nuErrors: Promise<NuError[]> | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function built(portalId: string): BuiltSite {
  let site = builds.get(portalId);
  if (!site) {
    const { url, liveDir } = sites[portalId] ?? { url: '', liveDir: '' };
    site = readBuiltSite(portalId, url, liveDir);
    builds.set(portalId, site);
  }
  return site;
}

describe.each(builtPortals)('the quality sweep of $id', (portal) => {
  const { url } = sites[portal.id] ?? { url: '' };
  let sitemap: string[] = [];
  let site: BuiltSite;
  beforeAll(async () => {
    sitemap = await sitemapUrls(url);
    site = built(portal.id);
    // Checks over the build's files pass vacuously on an empty folder: make sure it is not.
    if (site.pages.size < 2) throw new Error(`${portal.id}: no built pages in ${site.root}`);
  });

  it('answers every sitemap URL, the language chooser and the 404 pages in their language', async () => {
    const languagesListed = portal.locales.filter((locale) =>
      sitemap.some((each) => new URL(each).pathname.startsWith(`/${locale}/`)),
    );
    expect(languagesListed).toEqual([...portal.locales]);
    const problems = await languageProblems(languageExpectations(portal, url, sitemap), portal);
    expect(problems).toEqual([]);
  });

  it('has no axe-core violation (WCAG 2.2 AA) on any of those pages', async () => {
    const notFound = ['/404.html', ...portal.locales.map((locale) => `/${locale}/404.html`)];
    // Out of the sitemap (noindex) but landed on by every post without JavaScript (issue #12).
    const formResults = portal.locales.flatMap((locale) => [
      formThanksPath('contact', locale),
      formErrorPath('contact', locale, 'invalid'),
    ]);
    const urls = [
      ...new Set([
        ...sitemap,
        `${url}/`,
        ...[...notFound, ...formResults].map((path) => `${url}${path}`),
      ]),
    ];
    expect(await axeViolations(browser, urls)).toEqual([]);
  }, 900_000);

  it('has no W3C Nu HTML checker error in any HTML file it built', async () => {
    // The checker names files by their real path: the live folder is a link to a release.
    const realRoot = (id: string) => realpathSync(built(id).root);
    nuErrors ??= nuHtmlErrors(builtPortals.map((each) => realRoot(each.id)));
    const root = realRoot(portal.id);
    const errors = (await nuErrors).filter((error) => error.file.startsWith(`${root}/`));
    expect(errors.map((error) => formatNuError(error, root))).toEqual([]);
  }, 300_000);

  it('has no broken internal link, anchor or link to another portal', () => {
    const all = builtPortals.map((each) => built(each.id));
    expect(brokenLinks(site, all)).toEqual([]);
  });

  it('lists reciprocal hreflang alternates on every page', () => {
    expect(hreflangProblems(site)).toEqual([]);
  });

  it('contains no draft in any file, search index included', () => {
    const marker = inject('draftMarker');
    expect(inject('draftCollections')).toContain('articles');
    expect(filesContaining(sites[portal.id]?.liveDir ?? '', marker)).toEqual([]);
  });

  it('keeps every page within the weight budget of its kind', () => {
    const sizes = new Map<string, number>();
    const paths = new Set(sitemap.map((each) => new URL(each).pathname));
    for (const page of site.pages.values()) {
      if (page.urlPath === '/' || page.urlPath.endsWith('/404.html')) paths.add(page.urlPath);
    }
    const overweight: string[] = [];
    const heaviest = new Map<string, number>();
    for (const urlPath of paths) {
      const page = site.pages.get(urlPath);
      if (!page) {
        overweight.push(`${urlPath}: listed in the sitemap but not in the build`);
        continue;
      }
      const kind = pageKindOf(page);
      const kb = pageWeight(site, page, sizes).bytes / 1024;
      heaviest.set(kind, Math.max(kb, heaviest.get(kind) ?? 0));
      if (kb > pageBudgetsKb[kind]) {
        overweight.push(`${urlPath} (${kind}): ${kb.toFixed(1)} KB > ${pageBudgetsKb[kind]} KB`);
      }
    }
    // The figures that set the budgets, in the test's output.
    console.log(
      `[sweep] ${portal.id}, heaviest page per kind (KB gzip): ${[...heaviest]
        .map(([kind, kb]) => `${kind} ${kb.toFixed(1)}`)
        .join(', ')}`,
    );
    expect(paths.size).toBeGreaterThan(1);
    expect(overweight).toEqual([]);
  });
});
