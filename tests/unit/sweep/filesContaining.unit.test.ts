import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filesContaining } from '../../e2e/support/sweep/filesContaining.ts';

describe('filesContaining', () => {
  it('finds a word in plain and gzipped files, through the live link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sweep-marker-'));
    const release = path.join(dir, 'release');
    mkdirSync(path.join(release, 'client', 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(path.join(release, 'client', 'index.html'), '<p>qxjword</p>');
    writeFileSync(path.join(release, 'client', 'clean.html'), '<p>nothing</p>');
    writeFileSync(
      path.join(release, 'client', 'pagefind', 'fragment', 'fr_1.pf_fragment'),
      gzipSync('{"content":"qxjword"}'),
    );
    symlinkSync(release, path.join(dir, 'dist'));
    expect(filesContaining(path.join(dir, 'dist'), 'qxjword').sort()).toEqual([
      path.join('client', 'index.html'),
      `${path.join('client', 'pagefind', 'fragment', 'fr_1.pf_fragment')} (decompressed)`,
    ]);
    expect(filesContaining(path.join(dir, 'dist'), 'qxjabsent')).toEqual([]);
  });
});
