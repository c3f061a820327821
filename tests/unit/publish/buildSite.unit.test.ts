import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Portal } from '@portals/content-models';
import type { AstroBuild } from '../../../scripts/lib/astroBuild.ts';
import { buildSite, type BuildPhase } from '../../../scripts/lib/buildSite.ts';
import type * as IndexSite from '../../../scripts/lib/indexSite.ts';
import { siteDir } from '../../../scripts/lib/paths.ts';

// Pagefind failing once, on demand: the index of the next publication cannot be written.
const pagefindFails = vi.hoisted(() => ({ next: false }));
vi.mock('../../../scripts/lib/indexSite.ts', async (importOriginal) => {
  const real = await importOriginal<typeof IndexSite>();
  return {
    ...real,
    async startIndexing(dir: string) {
      const indexing = await real.startIndexing(dir);
      if (!pagefindFails.next) return indexing;
      pagefindFails.next = false;
      return {
        ...indexing,
        async write() {
          await indexing.cancel();
          throw new Error('Pagefind could not write its index: no space left on device');
        },
      };
    },
  };
});

// A portal of its own: its build lock (in `sites/<id>/node_modules/.astro`) is no real portal's,
// so these builds never wait behind an end-to-end test's.
const portal: Portal = {
  id: 'search-order-unit',
  name: { fr: 'Portail de test', nl: 'Testportaal' },
  locales: ['fr'],
  localPort: 4399,
};

let cms: Server;
let cmsUrl: string;
let root: string;
let live: string;
beforeAll(async () => {
  // buildSite asks the CMS before building: any 200 will do.
  cms = createServer((_request, response) => response.end('{"docs":[]}'));
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  cmsUrl = `http://127.0.0.1:${(cms.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => cms.close(resolve));
  rmSync(siteDir(portal), { recursive: true, force: true });
});
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'portals-build-site-'));
  live = path.join(root, 'dist');
});

/** An Astro stand-in writing one French page. */
const astro =
  (text: string): AstroBuild =>
  ({ outDir }) => {
    const page = path.join(outDir, 'client', 'index.html');
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(
      page,
      `<!doctype html><html lang="fr"><body><main data-pagefind-body><p>${text}</p></main></body></html>`,
    );
    return Promise.resolve();
  };

const liveText = () => readFileSync(path.join(live, 'client', 'index.html'), 'utf8');
const liveIndexDir = () => realpathSync(path.join(live, 'client', 'pagefind'));

/** One publication; `atDeploy` runs the moment the pages went live, before any later phase. */
async function publish(
  text: string,
  options: {
    force?: boolean;
    atDeploy?: () => void;
    deploy?: Parameters<typeof buildSite>[1]['deploy'];
  } = {},
) {
  const phases: BuildPhase[] = [];
  const release = await buildSite(portal, {
    cmsUrl,
    liveDir: live,
    log: () => undefined,
    force: options.force,
    deploy: options.deploy,
    astroBuild: astro(text),
    onPhase: (phase) => {
      phases.push(phase);
      if (phase === 'deploy') options.atDeploy?.();
    },
  });
  return { release, phases };
}

describe('a publication goes live before its search index when it can (#15)', () => {
  it('indexes a first build before it goes live', async () => {
    const { release, phases } = await publish('hospitalisation');
    expect(phases).toEqual(['wait', 'build', 'index', 'deploy']);
    expect(release.pages).toBe(1);
    expect(readFileSync(path.join(liveIndexDir(), 'pagefind-entry.json'), 'utf8')).toContain('fr');
  });

  it('puts the new pages live with the previous index, then switches to their own', async () => {
    await publish('hospitalisation');
    const before = liveIndexDir();
    let seenAtDeploy: { text: string; index: string } | undefined;
    const { release, phases } = await publish('ornithorynque', {
      atDeploy: () => (seenAtDeploy = { text: liveText(), index: liveIndexDir() }),
    });
    expect(phases).toEqual(['wait', 'build', 'deploy', 'index']);
    expect(seenAtDeploy?.text).toContain('ornithorynque');
    expect(seenAtDeploy?.index).toBe(before);
    expect(liveIndexDir()).not.toBe(before);
    expect(release.pages).toBe(1);
    // The index the previous release still links to is kept for a rollback; older ones go.
    await publish('fratrie');
    expect(() => realpathSync(before)).toThrow();
  });

  it('keeps the pages live and the previous index when the new index fails, and indexes at the next publication', async () => {
    await publish('hospitalisation');
    const before = liveIndexDir();
    pagefindFails.next = true;
    await expect(publish('fratrie')).rejects.toThrow(
      'Portail de test is live, but its search index was not updated: search still answers from the previous publication. Pagefind could not write its index: no space left on device',
    );
    expect(liveText()).toContain('fratrie');
    expect(liveIndexDir()).toBe(before);
    // The release has no record of an index of its own: the next publication indexes in full.
    const { phases } = await publish('fratrie');
    expect(phases).toEqual(['wait', 'build', 'deploy', 'index']);
    expect(liveIndexDir()).not.toBe(before);
  });

  it('indexes before going live when forced, or when the release is handed to a deploy command', async () => {
    await publish('hospitalisation');
    expect((await publish('hospitalisation', { force: true })).phases).toEqual([
      'wait',
      'build',
      'index',
      'deploy',
    ]);
    const deployed = await publish('fratrie', { deploy: { kind: 'command', command: 'true' } });
    expect(deployed.phases).toEqual(['wait', 'build', 'index', 'deploy']);
    expect(
      readFileSync(
        path.join(deployed.release.dir, 'client', 'pagefind', 'pagefind-entry.json'),
        'utf8',
      ),
    ).toContain('fr');
  });
});
