import { describe, expect, it } from 'vitest';
import { dependency, parseDependency } from '../../../shared/src/kit/pageCache/dependency.ts';

describe('dependency names', () => {
  it('reads back every name it makes', () => {
    const target = { relationTo: 'articles', id: '7' };
    const names: [string, unknown][] = [
      [dependency.entries('agenda'), { kind: 'entries', name: 'agenda' }],
      [dependency.articlesIn('12'), { kind: 'articlesIn', sectionId: '12' }],
      [dependency.routes, { kind: 'routes' }],
      [dependency.clock, { kind: 'clock' }],
      [dependency.navigation('nl'), { kind: 'navigation', locale: 'nl' }],
      [dependency.entryPoints('fr'), { kind: 'entryPoints', locale: 'fr' }],
      [dependency.link('nl', target), { kind: 'link', locale: 'nl', target }],
      [dependency.unknown('menu'), { kind: 'unknown' }],
    ];
    for (const [name, parsed] of names) expect(parseDependency(name), name).toEqual(parsed);
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
