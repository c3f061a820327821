import { afterEach, describe, expect, it } from 'vitest';
import { portals } from '@portals/content-models';
import { portalUrl } from '@portals/shared/site';

const hospitals = (locale: 'fr' | 'nl') =>
  locale === 'fr' ? '/fr/hopitaux/' : '/nl/ziekenhuizen/';
const saved = process.env.SITE_URL_HOSPICHILD;

afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL_HOSPICHILD;
  else process.env.SITE_URL_HOSPICHILD = saved;
});

describe('portalUrl', () => {
  it('links to the other portal’s public address, as the build scripts set it', () => {
    process.env.SITE_URL_HOSPICHILD = 'https://www.hospichild.be';
    expect(portalUrl(portals.hospichild, hospitals)('nl')).toBe(
      'https://www.hospichild.be/nl/ziekenhuizen/',
    );
  });

  it('falls back to the portal’s local server of npm start', () => {
    delete process.env.SITE_URL_HOSPICHILD;
    expect(portalUrl(portals.hospichild, hospitals)('fr')).toBe(
      'http://localhost:4321/fr/hopitaux/',
    );
  });
});
