import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boundCompileCache } from '../../../scripts/lib/boundCompileCache.ts';

let root: string;
let cache: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'portals-compile-cache-'));
  cache = path.join(root, 'publish-portal');
  // As Node lays it out: one folder per Node version, one file per compiled module.
  mkdirSync(path.join(cache, 'v24.21.0-x64-964aae3f-0'), { recursive: true });
  for (const name of ['005a8f6d', '0078c363']) {
    writeFileSync(path.join(cache, 'v24.21.0-x64-964aae3f-0', name), Buffer.alloc(600));
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the publication script's compile cache (#15)", () => {
  it('is kept while it holds no more than its limit', () => {
    boundCompileCache(cache, 1200);
    expect(existsSync(path.join(cache, 'v24.21.0-x64-964aae3f-0', '005a8f6d'))).toBe(true);
  });

  it('is emptied once it holds more, every Node version counted', () => {
    mkdirSync(path.join(cache, 'v22.1.0-x64-0-0'));
    writeFileSync(path.join(cache, 'v22.1.0-x64-0-0', 'aa'), Buffer.alloc(1));
    boundCompileCache(cache, 1200);
    expect(existsSync(cache)).toBe(false);
  });

  it('does nothing when the cache is off or not there yet', () => {
    expect(() => boundCompileCache(undefined, 0)).not.toThrow();
    expect(() => boundCompileCache(path.join(root, 'none'), 0)).not.toThrow();
  });
});
