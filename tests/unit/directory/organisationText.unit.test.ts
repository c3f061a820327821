import { describe, expect, it } from 'vitest';
import { localText, mapUrl, shortText, telHref, textBlocks } from '@portals/shared/site';

describe('organisation texts', () => {
  it('turns "- " lines into list items and keeps other lines as paragraphs', () => {
    expect(
      textBlocks('Activités proposées :\n- soins infirmiers\n- répit\n\nSur rendez-vous.'),
    ).toEqual([
      { kind: 'paragraph', text: 'Activités proposées :' },
      { kind: 'list', items: ['soins infirmiers', 'répit'] },
      { kind: 'paragraph', text: 'Sur rendez-vous.' },
    ]);
  });

  it('summarises with the first line, without its introducing colon, cut at a word', () => {
    expect(
      shortText('Coordination qui regroupe les services sociaux de la commune :\n- rencontres'),
    ).toBe('Coordination qui regroupe les services sociaux de la commune');
    expect(shortText('un deux trois quatre', 12)).toBe('Un deux…');
  });

  it('summarises a list that a bare "Activités proposées :" introduces with its items', () => {
    expect(shortText('Activités proposées :\n- garde à domicile\n- tarif selon les revenus')).toBe(
      'Garde à domicile, tarif selon les revenus',
    );
  });

  it('falls back to the other language and says which one it is', () => {
    expect(localText({ fr: 'Bonjour', nl: null }, 'nl')).toEqual({ text: 'Bonjour', lang: 'fr' });
    expect(localText({ fr: 'Bonjour', nl: 'Goeiedag' }, 'nl')).toEqual({
      text: 'Goeiedag',
      lang: 'nl',
    });
    expect(localText({ fr: null, nl: null }, 'fr')).toBeNull();
  });
});

describe('contact links', () => {
  it('dials Belgian numbers in the international format', () => {
    expect(telHref('02/435.51.38')).toBe('tel:+3224355138');
    expect(telHref('0475 12 34 56')).toBe('tel:+32475123456');
    expect(telHref('+32 2 435 51 38')).toBe('tel:+3224355138');
    expect(telHref('0032 2 435 51 38')).toBe('tel:+3224355138');
    expect(telHref('1718')).toBe('tel:1718');
    expect(telHref('voir site')).toBeNull();
  });

  it('links to OpenStreetMap with a marker, zoomed on the street', () => {
    expect(mapUrl({ lat: 50.851756126658735, lon: 4.401445106123757 })).toBe(
      'https://www.openstreetmap.org/?mlat=50.851756&mlon=4.401445#map=17/50.851756/4.401445',
    );
  });
});
