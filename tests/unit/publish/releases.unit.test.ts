import { createHmac } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { portals } from '@portals/content-models';
import { withBuildLock } from '../../../scripts/lib/buildLock.ts';
import { deployFromEnv, deployRelease } from '../../../scripts/lib/deployRelease.ts';
import { publishRelease } from '../../../scripts/lib/publishRelease.ts';
import { rollbackRelease } from '../../../scripts/lib/rollbackRelease.ts';

let root: string;
let releases: string;
let live: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'portals-releases-'));
  releases = path.join(root, '.releases');
  live = path.join(root, 'dist');
  mkdirSync(releases);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A finished release folder whose index.html says which one it is. */
function release(name: string): string {
  const dir = path.join(releases, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), name);
  return dir;
}
const liveName = () => readFileSync(path.join(live, 'index.html'), 'utf8');

describe('publishing and rolling back releases', () => {
  it('switches the live link and keeps the release it replaced', async () => {
    await publishRelease(live, release('2026-01-01'));
    await publishRelease(live, release('2026-01-02'));
    await publishRelease(live, release('2026-01-03'));
    expect(liveName()).toBe('2026-01-03');
    expect(readdirSync(releases).sort()).toEqual(['2026-01-02', '2026-01-03']);
  });

  it('rolls back one step, and a later publication keeps the release rolled back to', async () => {
    await publishRelease(live, release('2026-01-01'));
    await publishRelease(live, release('2026-01-02'));
    expect(await rollbackRelease(portals.hospichild, live)).toBe('2026-01-01');
    expect(liveName()).toBe('2026-01-01');
    await publishRelease(live, release('2026-01-03'));
    // The bad release is dropped; the one that was live stays for the next rollback.
    expect(readdirSync(releases).sort()).toEqual(['2026-01-01', '2026-01-03']);
    expect(await rollbackRelease(portals.hospichild, live)).toBe('2026-01-01');
  });

  it('switches before deleting what it prunes, and finishes a deletion left interrupted', async () => {
    await publishRelease(live, release('2026-01-01'));
    await publishRelease(live, release('2026-01-02'));
    mkdirSync(path.join(releases, '.removing-2025-12-31-1767139200000', 'fr'), { recursive: true });
    const pruned = publishRelease(live, release('2026-01-03'));
    // Live at once, and the pruned release already out of every listing.
    expect(liveName()).toBe('2026-01-03');
    expect(readdirSync(releases).filter((name) => !name.startsWith('.'))).toEqual([
      '2026-01-02',
      '2026-01-03',
    ]);
    await pruned;
    expect(readdirSync(releases).sort()).toEqual(['2026-01-02', '2026-01-03']);
  });

  it('says so when there is nothing to roll back to', async () => {
    await publishRelease(live, release('2026-01-01'));
    await expect(rollbackRelease(portals.hospichild, live)).rejects.toThrow(
      /no release older than the live one \(2026-01-01\)/,
    );
    expect(liveName()).toBe('2026-01-01');
  });
});

describe('deploying a release to production', () => {
  const sample = () => ({
    portal: portals.hospichild,
    name: '2026-01-01',
    dir: release('2026-01-01'),
    pages: 12,
  });

  it('picks the deploy from the environment, and refuses both at once', () => {
    expect(deployFromEnv({})).toEqual({ kind: 'local' });
    expect(deployFromEnv({ SITE_DEPLOY_COMMAND: 'rsync -a' })).toEqual({
      kind: 'command',
      command: 'rsync -a',
    });
    expect(() =>
      deployFromEnv({ SITE_DEPLOY_COMMAND: 'x', SITE_DEPLOY_WEBHOOK: 'https://h' }),
    ).toThrow(/not both/);
    expect(() => deployFromEnv({ SITE_DEPLOY_WEBHOOK: 'ftp://h' })).toThrow(/http\(s\) URL/);
  });

  it('runs the command with the release in its environment', async () => {
    const copy = path.join(root, 'server');
    await deployRelease(
      {
        kind: 'command',
        command: `cp -r "$SITE_RELEASE_DIR" "${copy}" && echo "$SITE_PORTAL" > "${copy}/portal"`,
      },
      sample(),
    );
    expect(readFileSync(path.join(copy, 'index.html'), 'utf8')).toBe('2026-01-01');
    expect(readFileSync(path.join(copy, 'portal'), 'utf8').trim()).toBe('hospichild');
  });

  it('hands a command a release that holds its search index, not a link to the local store', async () => {
    const release = sample();
    const index = path.join(releases, '.search', 'index-1');
    mkdirSync(index, { recursive: true });
    writeFileSync(path.join(index, 'pagefind-entry.json'), '{"languages":{}}');
    mkdirSync(path.join(release.dir, 'client'), { recursive: true });
    symlinkSync(index, path.join(release.dir, 'client', 'pagefind'));
    const copy = path.join(root, 'server');
    await deployRelease(
      { kind: 'command', command: `cp -r "$SITE_RELEASE_DIR" "${copy}"` },
      release,
    );
    expect(lstatSync(path.join(copy, 'pagefind')).isDirectory()).toBe(true);
    expect(readFileSync(path.join(copy, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(
      '{"languages":{}}',
    );
  });

  it('fails with the command’s output when it fails', async () => {
    await expect(
      deployRelease({ kind: 'command', command: 'echo "host unreachable" >&2; exit 3' }, sample()),
    ).rejects.toThrow(/exit code 3[\s\S]*host unreachable/);
  });

  it('posts the release to the webhook, signed', async () => {
    const received: { body: string; signature?: string; authorization?: string }[] = [];
    let status = 204;
    const server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({
          body,
          signature: request.headers['x-portals-signature'] as string,
          authorization: request.headers.authorization,
        });
        response.writeHead(status).end(status === 204 ? undefined : 'quota exceeded');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const url = `http://deploy:s3cret@127.0.0.1:${port}/hook`;
    try {
      await deployRelease({ kind: 'webhook', url, secret: 'shared' }, sample());
      const [call] = received;
      expect(JSON.parse(call?.body ?? '{}')).toMatchObject({
        portal: 'hospichild',
        release: '2026-01-01',
        pages: 12,
      });
      expect(call?.authorization).toBe(`Basic ${Buffer.from('deploy:s3cret').toString('base64')}`);
      expect(call?.signature).toBe(
        `sha256=${createHmac('sha256', 'shared')
          .update(call?.body ?? '')
          .digest('hex')}`,
      );
      status = 429;
      const failure = deployRelease({ kind: 'webhook', url }, sample());
      await expect(failure).rejects.toThrow(/answered 429.*quota exceeded/);
      await expect(failure).rejects.not.toThrow(/s3cret/);
    } finally {
      server.close();
    }
  });
});

describe('the build lock', () => {
  it('makes a second build wait for the first instead of failing', async () => {
    const order: string[] = [];
    let release1!: () => void;
    const first = withBuildLock(root, 'Hospichild', async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => (release1 = resolve));
      order.push('first ends');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = withBuildLock(root, 'Hospichild', () => {
      order.push('second runs');
      return Promise.resolve();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(order).toEqual(['first starts']);
    release1();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second runs']);
    expect(existsSync(path.join(root, '.lock'))).toBe(false);
  });
});
