import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { portals } from '@portals/content-models';
import { pageCacheKeys, pageReads, startPageTrace, trackReads } from '@portals/shared/kit';
import { defineSiteConfig, portalData, type PortalData } from '@portals/shared/site';
import { loadPageTrace, savePageTrace } from '../../../shared/src/kit/pageCache/pageTraceFile.ts';

const site = defineSiteConfig({ portal: portals.hospichild });

function dataAt(iso: string): PortalData {
  const data = portalData({ site, collections: {} });
  return { ...data, clock: () => new Date(iso) };
}

let dir: string;
let file: URL;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'portals-page-trace-'));
  file = pathToFileURL(path.join(dir, 'trace.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Keys the home page after it read `read` of the data in a previous build. */
function keyAfter(previousRead: (data: PortalData) => void, data: PortalData, now: PortalData) {
  const home = now.routes.find((route) => route.path === '/fr/')!;
  const first = startPageTrace({}, 'first');
  pageCacheKeys(data)(home);
  previousRead(trackReads(data, pageReads(home.path)));
  const saved = savePageTrace(file, first);
  const next = loadPageTrace(file);
  return { key: pageCacheKeys(now)(home), first: next.previous[home.path]?.key, saved };
}

describe('the page trace (#15)', () => {
  it('keeps a key within the hour of the build’s clock and renders again in the next hour', () => {
    const readClock = (data: PortalData) => void data.clock();
    const at = (iso: string) => dataAt(iso);
    const same = keyAfter(readClock, at('2026-12-05T10:05:00Z'), at('2026-12-05T10:55:00Z'));
    expect(same.key).toBe(same.first);
    const later = keyAfter(readClock, at('2026-12-05T10:55:00Z'), at('2026-12-05T11:05:00Z'));
    expect(later.key).not.toBe(later.first);
  });

  it('renders a page every time when it read something no digest knows', () => {
    const readUnknown = (data: PortalData) =>
      void (data as unknown as Record<string, unknown>).somethingNew;
    const data = dataAt('2026-12-05T10:00:00Z');
    const result = keyAfter(readUnknown, data, data);
    expect(result.key).not.toBe(result.first);
  });

  it('counts what a build did and removes the trace while a build runs', () => {
    const data = dataAt('2026-12-05T10:00:00Z');
    const { saved } = keyAfter((each) => void each.navigation('fr'), data, data);
    expect(saved).toEqual({ pages: 1, rendered: 1, kept: 0 });
    // `keyAfter` loaded it for the second build: a build that fails now leaves no trace.
    expect(existsSync(file)).toBe(false);
  });

  it('starts from nothing when the trace is unreadable or of another version', () => {
    writeFileSync(file, '{"version":1,"pages":{"/fr/":["navigation:fr"]}}');
    expect(loadPageTrace(file).previous).toEqual({});
    writeFileSync(file, 'not json');
    expect(loadPageTrace(file).previous).toEqual({});
  });
});
