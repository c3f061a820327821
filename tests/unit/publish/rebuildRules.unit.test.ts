import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  affectedPortals,
  estimateLiveInSeconds,
  publishPortals,
  publishSettings,
  summarise,
  typicalBuildMs,
} from '@portals/cms/publish';
import type { CmsEnv } from '@portals/cms/env';

describe('affectedPortals', () => {
  const all = ['hospichild', 'born-in-brussels'] as const;
  it('takes the portals a document is on now and was on before', () => {
    expect(
      affectedPortals({ portals: ['hospichild'] }, { portals: ['born-in-brussels'] }, [...all]),
    ).toEqual(['hospichild', 'born-in-brussels']);
  });
  it('reads a single `portal` field (sections, redirects, portal records)', () => {
    expect(affectedPortals({ portal: 'born-in-brussels' }, null, [...all])).toEqual([
      'born-in-brussels',
    ]);
  });
  it('keeps only the portals that are rebuilt', () => {
    expect(affectedPortals({ portals: ['seul-avec-enfant'] }, null, [...all])).toEqual([]);
  });
  it('rebuilds every portal for a document that belongs to none in particular', () => {
    expect(affectedPortals({ name: 'Ligue des familles' }, null, [...all])).toEqual([...all]);
  });
});

describe('publishPortals', () => {
  it('defaults to the portals that have a site folder', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'portals-sites-'));
    try {
      mkdirSync(path.join(root, 'sites', 'hospichild'), { recursive: true });
      writeFileSync(path.join(root, 'sites', 'hospichild', 'package.json'), '{}');
      mkdirSync(path.join(root, 'sites', 'born-in-brussels'), { recursive: true });
      expect(publishPortals(undefined, root)).toEqual(['hospichild']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('reads a list, or none', () => {
    expect(publishPortals('hospichild, seul-avec-enfant', '/nowhere')).toEqual([
      'hospichild',
      'seul-avec-enfant',
    ]);
    expect(publishPortals('none', '/nowhere')).toEqual([]);
  });
  it('names an unknown portal', () => {
    expect(() => publishPortals('hospichild,hospikid', '/nowhere')).toThrow(
      /CMS_PUBLISH_PORTALS names unknown portals: hospikid/,
    );
  });
});

describe('the publication command', () => {
  const env = (command?: string) =>
    ({
      CMS_PUBLISH_PORTALS: 'none',
      CMS_PUBLISH_COMMAND: command,
      CMS_PUBLISH_DEBOUNCE_SECONDS: 1,
      CMS_PUBLISH_MAX_WAIT_SECONDS: 30,
      CMS_PUBLIC_URL: 'http://localhost:3000',
      CMS_PUBLISH_CRON: '* * * * * *',
    }) as CmsEnv;
  it("keeps the default script's compiled code with the dependencies, out of tracked files", () => {
    const settings = publishSettings(env(), '/srv/portals');
    expect(settings.command).toContain('/srv/portals/scripts/publish-portal.ts');
    expect(settings.env).toEqual({
      NODE_COMPILE_CACHE: '/srv/portals/node_modules/.cache/publish-portal',
    });
  });
  it('adds nothing to a command of your own', () => {
    const settings = publishSettings(env('./deploy.sh'), '/srv/portals');
    expect(settings.command).toBe('./deploy.sh');
    expect(settings.env).toEqual({});
  });
});

describe('the "live in ~N s" estimate', () => {
  const now = 1_000_000;
  it('is the debounce left plus a typical build for queued changes', () => {
    expect(
      estimateLiveInSeconds({
        now,
        typicalMs: 10_000,
        runningSince: null,
        queuedRunsAt: now + 2_000,
        hasQueued: true,
      }),
    ).toBe(13);
  });
  it('counts down a running build and never promises less than a second', () => {
    const base = { now, typicalMs: 10_000, queuedRunsAt: null, hasQueued: false };
    expect(estimateLiveInSeconds({ ...base, runningSince: now - 4_000 })).toBe(6);
    expect(estimateLiveInSeconds({ ...base, runningSince: now - 60_000 })).toBe(1);
  });
  it('puts queued changes after the running build', () => {
    expect(
      estimateLiveInSeconds({
        now,
        typicalMs: 10_000,
        runningSince: now - 4_000,
        queuedRunsAt: now,
        hasQueued: true,
      }),
    ).toBe(16);
  });
  it('is absent when nothing is on its way', () => {
    expect(
      estimateLiveInSeconds({
        now,
        typicalMs: 1,
        runningSince: null,
        queuedRunsAt: null,
        hasQueued: false,
      }),
    ).toBeNull();
  });
  it('takes the median of the last successful builds', () => {
    const build = (seconds: number, status: 'succeeded' | 'failed' = 'succeeded') => ({
      status,
      startedAt: new Date(0).toISOString(),
      finishedAt: new Date(seconds * 1000).toISOString(),
    });
    expect(typicalBuildMs([build(8), build(30, 'failed'), build(12), build(9)])).toBe(9_000);
    expect(typicalBuildMs([])).toBe(20_000);
  });
});

describe('summarise', () => {
  it('names the first change and counts the others', () => {
    const trigger = (title: string) => ({ action: 'changed' as const, documentTitle: title });
    expect(summarise([trigger('Les droits'), trigger('b'), trigger('c')])).toBe(
      '« Les droits » +2',
    );
    expect(summarise([trigger('Seul')])).toBe('« Seul »');
  });
});
