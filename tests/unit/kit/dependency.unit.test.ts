import { describe, expect, it } from 'vitest';
import { dependency, parseDependency } from '../../../shared/src/kit/pageCache/dependency.ts';

describe('dependency names', () => {
  it('reads back every name it makes', () => {
    expect(parseDependency(dependency.entries('agenda'))).toEqual({
      kind: 'entries',
      name: 'agenda',
    });
    expect(parseDependency(dependency.articlesIn('12'))).toEqual({
      kind: 'articlesIn',
      sectionId: '12',
    });
    expect(parseDependency(dependency.routes)).toEqual({ kind: 'routes' });
    expect(parseDependency(dependency.clock)).toEqual({ kind: 'clock' });
    expect(parseDependency(dependency.navigation('nl'))).toEqual({
      kind: 'navigation',
      locale: 'nl',
    });
    expect(parseDependency(dependency.entryPoints('fr'))).toEqual({
      kind: 'entryPoints',
      locale: 'fr',
    });
    const target = { relationTo: 'articles', id: '7' };
    expect(parseDependency(dependency.link('nl', target))).toEqual({
      kind: 'link',
      locale: 'nl',
      target,
    });
    expect(parseDependency(dependency.unknown('menu'))).toEqual({ kind: 'unknown' });
  });

  it('calls unknown what no builder makes: another language, missing or extra parts', () => {
    for (const name of [
      'navigation:en',
      'link:fr:articles',
      'entries',
      'routes:fr',
      'clock:1',
      '',
    ]) {
      expect(parseDependency(name), name).toEqual({ kind: 'unknown' });
    }
  });
});
