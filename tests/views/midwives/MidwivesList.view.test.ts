import { portals } from '@portals/content-models';
import { describe, expect, it } from 'vitest';
import type { RouteOf } from '@portals/shared/kit';
import { midwivesRoutes } from '@portals/shared/features/midwives/midwivesRoutes.ts';
import { defaultUnionSearch } from '@portals/shared/features/midwives/unionSearch.ts';
import { views } from '@portals/shared/features/midwives/views.ts';
import { midwivesContext } from '../../unit/midwives/midwivesFixtures.ts';
import { renderView } from '../renderView.ts';

const site = { portal: portals.bornInBrussels };

async function render(locale: 'fr' | 'nl', path: string) {
  const route = midwivesRoutes(midwivesContext(), locale, defaultUnionSearch).find(
    (item): item is RouteOf<'midwifeList'> => item.path === path,
  );
  if (!route) throw new Error(`no route ${path}`);
  return renderView(views.midwifeList, { site, route, data: { navigation: () => [] } });
}

describe('MidwivesList', () => {
  it('shows the languages spoken as words of the page’s language', async () => {
    expect(await render('fr', '/fr/sages-femmes/')).toContain('français, arabe et berbère');
    expect(await render('nl', '/nl/vroedvrouwen/')).toContain('Frans, Arabisch en Berbers');
  });

  it('links the phone number as tel: and the address as mailto:', async () => {
    const html = await render('fr', '/fr/sages-femmes/');
    expect(html).toContain('href="tel:+3220001002"');
    expect(html).toContain('href="mailto:yasmina@example.org"');
  });

  it('titles a language page and marks its filter link as the current page', async () => {
    const html = await render('fr', '/fr/sages-femmes/langue/ar/');
    expect(html).toMatch(/<h1[^>]*>Sages-femmes qui parlent arabe<\/h1>/);
    expect(html).toMatch(/<a href="\/fr\/sages-femmes\/langue\/ar\/" aria-current="page"/);
    expect(html).not.toContain('Fien Test');
  });

  it('shows availability missing in French in Dutch, marked as Dutch', async () => {
    const html = await render('fr', '/fr/sages-femmes/');
    expect(html).toContain('<dd lang="nl">Op maandag.</dd>');
    expect(html).toContain('<dd>Le jeudi.</dd>');
  });

  it('links the professional union’s own search', async () => {
    const html = await render('nl', '/nl/vroedvrouwen/');
    expect(html).toContain('href="https://www.vroedvrouwen.be/"');
  });
});
