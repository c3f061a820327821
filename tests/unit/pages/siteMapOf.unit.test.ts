import { describe, expect, it } from 'vitest';
import { createSectionTree } from '@portals/shared/site';
import { siteMapOf } from '../../../shared/src/features/pages/index.ts';
import { siteMapSections } from '../../fixtures/pages/sections.ts';

const tree = createSectionTree(siteMapSections);
const footerTitles = {
  accessibility: 'Accessibilité',
  privacy: 'Vie privée',
  contact: 'Contact',
  terms: 'Conditions d’utilisation',
};

describe('siteMapOf', () => {
  it('lists the sections tree at every depth, then entry points, then the footer pages', () => {
    const groups = siteMapOf({
      locale: 'fr',
      tree,
      entryPoints: [{ title: 'Hôpitaux partenaires', href: '/fr/hopitaux/' }],
      footerTitles,
    });
    expect(groups.map((group) => group.heading)).toEqual([
      'pages.siteMap.sections',
      'pages.siteMap.features',
      'pages.siteMap.about',
    ]);
    expect(groups[0]?.links).toEqual([
      {
        title: 'Hospitalisation',
        href: '/fr/hospitalisation/',
        children: [
          {
            title: 'Avant',
            href: '/fr/hospitalisation/avant/',
            children: [
              { title: 'La valise', href: '/fr/hospitalisation/avant/valise/', children: [] },
            ],
          },
        ],
      },
      {
        title: 'Droits',
        href: '/fr/droits/',
        children: [{ title: 'Congés', href: '/fr/droits/conges/', children: [] }],
      },
    ]);
    expect(groups[1]?.links).toEqual([
      { title: 'Hôpitaux partenaires', href: '/fr/hopitaux/', children: [] },
    ]);
    expect(groups[2]?.links.map((link) => link.href)).toEqual([
      '/fr/accessibilite/',
      '/fr/vie-privee/',
      '/fr/contact/',
      '/fr/conditions-d-utilisation/',
    ]);
  });

  it('leaves out a branch whose parent does not exist in the language', () => {
    const [sections] = siteMapOf({ locale: 'nl', tree, entryPoints: [], footerTitles });
    expect(sections?.links.map((link) => link.title)).toEqual(['Ziekenhuisopname']);
  });

  it('leaves out a group with nothing in it', () => {
    const groups = siteMapOf({ locale: 'nl', tree, entryPoints: [], footerTitles });
    expect(groups.map((group) => group.heading)).not.toContain('pages.siteMap.features');
  });
});
