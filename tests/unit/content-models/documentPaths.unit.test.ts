import { documentPaths, kindListPath, sectionDocumentPath } from '@portals/content-models';
import { describe, expect, it } from 'vitest';

describe('documentPaths', () => {
  it('places an article under its language segment', () => {
    expect(documentPaths.articles('fr', 'visiter')).toBe('/fr/articles/visiter/');
    expect(documentPaths.articles('nl', 'bezoeken')).toBe('/nl/artikels/bezoeken/');
  });

  it('places a section at its chain of slugs, root first', () => {
    expect(sectionDocumentPath('nl', ['zorg', 'thuis'])).toBe('/nl/zorg/thuis/');
  });

  it('refuses a section without a slug', () => {
    expect(() => sectionDocumentPath('fr', [])).toThrow('sectionPath needs at least one slug');
  });

  it('gives each fiche kind its own translated segment', () => {
    expect(documentPaths.hospitals('nl', 'uz')).toBe('/nl/ziekenhuizen/uz/');
    expect(documentPaths.mutualities('fr', 'solidaris')).toBe('/fr/mutualites/solidaris/');
    expect(documentPaths.agenda('nl', 'colloquium')).toBe('/nl/agenda/colloquium/');
    expect(documentPaths.journeys('nl', 'ik-ga-scheiden')).toBe(
      '/nl/stappenplannen/ik-ga-scheiden/',
    );
  });

  it('sends FAQ entries, projects and tools to their kind page', () => {
    expect(documentPaths.faq('fr', '12')).toBe('/fr/questions-frequentes/#faq-12');
    expect(documentPaths.projects('nl')).toBe(kindListPath('projects', 'nl'));
    expect(documentPaths.tools('fr')).toBe('/fr/outils/');
  });
});
