import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentConfigInNode, nodeEntryPoints } from '@portals/shared/kit/astro';
import { portalsWithSite, repoRoot, siteDir } from '../../../scripts/lib/paths.ts';

const run = promisify(execFile);

// Astro first imports a `.mjs` configuration with Node itself and, when that throws, loads it
// again through a Vite server that transforms every module of the kit it reaches (≈ 280 files,
// 0.7 s of each build, every publication). The fallback is silent, so this test is the alarm:
// one TypeScript construct Node cannot strip, or one import only Vite resolves, and it fails
// with Node's own message.
describe('each portal configuration loads in plain Node', () => {
  for (const portal of portalsWithSite()) {
    it(portal.id, async () => {
      const config = pathToFileURL(path.join(siteDir(portal), 'astro.config.mjs')).href;
      const script = `const { default: c } = await import(${JSON.stringify(config)}); console.log(JSON.stringify(Object.keys(c)));`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        cwd: siteDir(portal),
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      expect(JSON.parse(stdout)).toEqual(expect.arrayContaining(['site', 'integrations']));
    });
  }
});

// A build hands these to Node when it reads the content configuration (contentConfigInNode):
// one that only Vite can load would fail every build with an error far from its cause.
describe('each entry point a content configuration imports loads in plain Node', () => {
  for (const specifier of nodeEntryPoints) {
    it(specifier, async () => {
      const script = `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).length);`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        cwd: siteDir(portalsWithSite()[0]!),
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      expect(Number(stdout)).toBeGreaterThan(0);
    });
  }
});

describe('contentConfigInNode', () => {
  type Hook = (name: string, config: object, env: { command: string }) => unknown;
  const hook = contentConfigInNode().configEnvironment as Hook;

  it('externalises the entry points in the content sync server of a build', () => {
    for (const environment of ['ssr', 'astro']) {
      expect(hook(environment, {}, { command: 'serve' })).toEqual({
        resolve: { external: [...nodeEntryPoints] },
      });
    }
  });

  it('leaves the page bundles and the browser alone', () => {
    expect(hook('ssr', {}, { command: 'build' })).toBeUndefined();
    expect(hook('prerender', {}, { command: 'build' })).toBeUndefined();
    expect(hook('client', {}, { command: 'serve' })).toBeUndefined();
  });
});

// The CMS runs the publication script with its own Node, no tsx (0.4 s sooner per build).
it('the publication script runs in plain Node', async () => {
  const script = path.join(repoRoot, 'scripts', 'publish-portal.ts');
  const failed = run(process.execPath, [script, 'no-such-portal'], {
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  await expect(failed).rejects.toMatchObject({
    stdout: expect.stringContaining(
      '@publish {"error":"Unknown portal \\"no-such-portal\\"',
    ) as unknown,
  });
});
