import { describe, expect, it } from 'vitest';
import { contentHash, diffById } from '@portals/shared/open-data';

describe('diffById', () => {
  it('sorts ids into new, changed and gone by content hash', () => {
    const before = [
      { id: 1, name: 'A' },
      { id: 2, name: 'B' },
      { id: 3, name: 'C' },
    ];
    const after = [
      { id: 4, name: 'D' },
      { id: 2, name: 'B, renamed' },
      { id: 1, name: 'A' },
    ];
    expect(diffById(before, after)).toEqual({
      added: [4],
      changed: [2],
      removed: [3],
      unchanged: 1,
    });
  });

  it('ignores a change of key order but not of nested values', () => {
    expect(contentHash({ id: 1, a: { x: 1, y: 2 } })).toBe(
      contentHash({ a: { y: 2, x: 1 }, id: 1 }),
    );
    expect(contentHash({ id: 1, tel: ['02/1'] })).not.toBe(contentHash({ id: 1, tel: ['02/2'] }));
  });

  it('ignores records without a numeric id', () => {
    expect(diffById([{ name: 'no id' }], [{ id: '7' }])).toEqual({
      added: [],
      changed: [],
      removed: [],
      unchanged: 0,
    });
  });
});
