import { describe, expect, it } from 'vitest';
import ArticlePage from '@portals/shared/components/ArticlePage.astro';
import SectionPage from '@portals/shared/components/SectionPage.astro';
import type { SiteRoute } from '@portals/shared/site';
import { treePortalData, treeSite } from '../../fixtures/views/treeFixtures.ts';
import { renderView } from '../renderView.ts';

const data = treePortalData();

function render(path: string) {
  const route = data.routes.find((candidate: SiteRoute) => candidate.path === path);
  if (!route) throw new Error(`no route at ${path}`);
  const view = route.kind === 'section' ? SectionPage : ArticlePage;
  return renderView(view, { site: treeSite, data, route });
}

/** The markup of the first element matching `pattern`, up to its closing tag. */
const part = (html: string, pattern: RegExp) => pattern.exec(html)?.[0] ?? '';

describe('the header of a portal with sub-menus', () => {
  it('opens each top section’s sub-sections in a native disclosure, no ARIA menu', async () => {
    const nav = part(await render('/fr/sante/'), /<nav class="tree-nav".*?<\/nav>/s);
    expect(nav).toContain('<summary>Sante</summary>');
    expect(nav).toContain('<a href="/fr/sante/mental/">Mental</a>');
    expect(nav).toMatch(/<a href="\/fr\/sante\/" aria-current="page">\s*Sante : vue d’ensemble/);
    expect(nav).not.toMatch(/role="menu/);
  });

  it('opens the sub-menu of the page’s own branch only', async () => {
    const nav = part(await render('/fr/sos/detresse/'), /<nav class="tree-nav".*?<\/nav>/s);
    expect(nav.match(/<details open>/g)).toHaveLength(1);
    expect(nav).toMatch(/<details open>\s*<summary>SOS<\/summary>/);
  });

  it('links the urgent-help section first in the header, on every page', async () => {
    const html = await render('/nl/artikels/article-1-nl/');
    const header = part(html, /<header class="site-header".*?<\/header>/s);
    expect(header).toMatch(
      /^<header class="site-header">\s*<div class="container bar">\s*<a class="urgent-link" href="\/nl\/sos\/">\s*SOS: dringende hulp/,
    );
  });

  it('offers the text-size switch hidden, for the script to show', async () => {
    const html = await render('/fr/sante/');
    expect(html).toContain(
      '<button type="button" class="text-size" aria-pressed="false" hidden>Texte plus grand</button>',
    );
  });
});

describe('an article placed in several branches', () => {
  it('shows the breadcrumb of its main placement and “also in” links to the others', async () => {
    const html = await render('/fr/articles/article-1-fr/');
    const crumbs = part(html, /<nav class="breadcrumbs".*?<\/nav>/s);
    expect([...crumbs.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/fr/',
      '/fr/sante/',
      '/fr/sante/mental/',
    ]);
    const alsoIn = part(html, /<nav class="also-in".*?<\/nav>/s);
    expect(alsoIn).toContain('<h2 id="also-in-title">Cet article se trouve aussi dans</h2>');
    expect(alsoIn).toContain('<a href="/fr/sante/apres/">Sante › Apres</a>');
    expect(alsoIn).toContain('<a href="/fr/sos/detresse/">SOS › Detresse</a>');
  });

  it('is listed by each of its sections, linking to its one URL, in the editors’ order', async () => {
    const html = await render('/fr/sante/apres/');
    const hrefs = [...html.matchAll(/href="(\/fr\/articles\/[^"]+)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([
      '/fr/articles/article-2-fr/',
      '/fr/articles/article-3-fr/',
      '/fr/articles/article-1-fr/',
    ]);
  });

  it('has no “also in” when it sits in one section only', async () => {
    expect(await render('/fr/articles/article-2-fr/')).not.toContain('also-in');
  });
});
