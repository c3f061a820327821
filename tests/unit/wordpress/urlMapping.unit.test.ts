import { describe, expect, it } from 'vitest';
import { linkTargets, sitePathOf } from '@portals/cms/import/wordpress';
import { fixturePlan } from './wordpressFixture.ts';

const site = 'https://www.petitspas.example';

describe('sitePathOf', () => {
  it('keeps the path and query of the old site, without the fragment', () => {
    expect(sitePathOf('https://www.petitspas.example/fr/a-propos/?x=1#equipe', site)).toBe(
      '/fr/a-propos/?x=1',
    );
  });

  it('treats relative links and the bare domain as the site itself', () => {
    expect(sitePathOf('/nl/over-ons/', site)).toBe('/nl/over-ons/');
    expect(sitePathOf('http://petitspas.example/?p=12', site)).toBe('/?p=12');
  });

  it('leaves other sites and mail links out', () => {
    expect(sitePathOf('https://www.one.be/fr/', site)).toBeUndefined();
    expect(sitePathOf('mailto:info@petitspas.example', site)).toBeUndefined();
  });

  it('decodes accented paths as readers typed them', () => {
    expect(sitePathOf('https://www.petitspas.example/fr/sant%C3%A9/', site)).toBe('/fr/santé/');
  });
});

describe('old URLs of the plan', () => {
  it('gives a post its permalink and ?p= in its own language', async () => {
    const { plan } = await fixturePlan();
    const bath = plan.articles.find((article) => article.key === 'post:10');
    expect(bath?.oldUrls).toEqual([
      { path: '/fr/vie-quotidienne/premier-bain/', locale: 'fr' },
      { path: '/?p=10', locale: 'fr' },
      { path: '/nl/dagelijks-leven/eerste-badje/', locale: 'nl' },
      { path: '/?p=11', locale: 'nl' },
    ]);
  });

  it('gives a page ?page_id= as well', async () => {
    const { plan } = await fixturePlan();
    const about = plan.articles.find((article) => article.key === 'page:20');
    expect(about?.oldUrls.map((url) => url.path)).toEqual([
      '/fr/a-propos/',
      '/?p=20',
      '/?page_id=20',
      '/nl/over-ons/',
      '/?p=21',
      '/?page_id=21',
    ]);
  });

  it('gives a category its archive under the language folder, and ?cat=', async () => {
    const { plan } = await fixturePlan();
    const vaccines = plan.sections.find((section) => section.key === 'category:7');
    expect(vaccines?.oldUrls).toEqual([
      { path: '/fr/category/sante/vaccins/', locale: 'fr' },
      { path: '/?cat=7', locale: 'fr' },
      { path: '/nl/category/gezondheid/vaccinaties/', locale: 'nl' },
      { path: '/?cat=8', locale: 'nl' },
    ]);
  });
});

describe('linkTargets', () => {
  it('finds the document behind a permalink, with or without its final slash', async () => {
    const { plan } = await fixturePlan();
    const targets = linkTargets(plan, site);
    const expected = { kind: 'document', ref: { collection: 'articles', key: 'post:12' } };
    expect(targets.resolve(`${site}/fr/sante/vaccins/calendrier-vaccins/`)).toEqual(expected);
    expect(targets.resolve('/fr/sante/vaccins/calendrier-vaccins')).toEqual(expected);
  });

  it('finds the document behind ?p=, ?page_id= and ?cat= whatever else the query holds', async () => {
    const { plan } = await fixturePlan();
    const targets = linkTargets(plan, site);
    expect(targets.resolve(`${site}/?p=13&lang=nl`)).toEqual({
      kind: 'document',
      ref: { collection: 'articles', key: 'post:12' },
    });
    expect(targets.resolve('/?page_id=23')).toMatchObject({ ref: { key: 'page:22' } });
    expect(targets.resolve('/?cat=4')).toMatchObject({
      ref: { collection: 'sections', key: 'category:3' },
    });
  });

  it('tells a broken internal link from an external one', async () => {
    const { plan } = await fixturePlan();
    const targets = linkTargets(plan, site);
    expect(targets.resolve(`${site}/fr/sante/fiche-disparue/`)).toEqual({
      kind: 'broken',
      path: '/fr/sante/fiche-disparue/',
    });
    expect(targets.resolve('https://www.one.be/fr/')).toEqual({ kind: 'external' });
  });

  it('finds an image by its wp-image class or by its resized file', async () => {
    const { plan } = await fixturePlan();
    const targets = linkTargets(plan, site);
    const bath = { collection: 'media', key: 'attachment:30' };
    expect(targets.mediaOf({ attachmentId: 31 })).toEqual(bath);
    expect(
      targets.mediaOf({ src: `${site}/wp-content/uploads/2024/03/bain-bebe-1024x683.png` }),
    ).toEqual(bath);
  });
});
