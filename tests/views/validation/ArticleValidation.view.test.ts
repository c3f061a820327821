import { describe, expect, it } from 'vitest';
import ArticlePage from '@portals/shared/components/ArticlePage.astro';
import type { SiteRoute } from '@portals/shared/site';
import { fixturePortalData, fixtureSite } from '../../fixtures/views/portalFixtures.ts';
import { saePortalData, saeSite } from '../../fixtures/views/saeFixtures.ts';
import { renderView } from '../renderView.ts';

const data = saePortalData();

function render(path: string) {
  const route = data.routes.find((candidate: SiteRoute) => candidate.path === path);
  if (route?.kind !== 'article') throw new Error(`no article route at ${path}`);
  return renderView(ArticlePage, { site: saeSite, data, route });
}

describe('an article page of a portal whose texts referents validate (issue #11)', () => {
  it('says which organisation validated it and when', async () => {
    const html = await render('/fr/articles/avances-du-secal/');
    expect(html).toContain(
      'Contenu validé par Service des créances alimentaires le 16 février 2026',
    );
    expect(html).not.toContain('en cours de révision');
  });

  it('lists the organisations of its theme as where to get help, with their address', async () => {
    const html = await render('/fr/articles/avances-du-secal/');
    expect(html).toContain('<h2 id="help-title">Où trouver de l’aide ?</h2>');
    expect(html).toContain('<h3>Service des créances alimentaires (SECAL)</h3>');
    expect(html).toContain('Avenue de l’Exemple 24');
    expect(html).toContain('4000 Liège');
  });

  it('shows « en cours de révision » instead of an approval the CMS says no longer holds', async () => {
    const html = await render('/fr/articles/avantages-fiscaux/');
    expect(html).toContain('Contenu en cours de révision');
    expect(html).not.toContain('Contenu validé par');
  });

  it('says nothing of validation when no referent organisation covers its theme', async () => {
    const html = await render('/fr/articles/titres-services/');
    expect(html).not.toContain('class="validation');
    expect(html).not.toContain('help-title');
  });

  it('is a French page with no hreflang alternate and no Dutch link', async () => {
    const html = await render('/fr/articles/avances-du-secal/');
    expect(html).toContain('<html lang="fr"');
    expect(html).not.toContain('hreflang');
    expect(html).not.toMatch(/href="\/nl\//);
  });
});

describe('an article page of a portal without validation', () => {
  it('shows no validation line', async () => {
    const hospichild = fixturePortalData();
    const route = hospichild.routes.find((each) => each.kind === 'article');
    const html = await renderView(ArticlePage, { site: fixtureSite, data: hospichild, route });
    expect(html).not.toContain('class="validation');
  });
});
