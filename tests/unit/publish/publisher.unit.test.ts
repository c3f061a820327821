import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { portals } from '@portals/content-models';
import {
  publisherFiles,
  socketFolderIsPrivate,
} from '../../../scripts/lib/publisher/publisherFiles.ts';
import type { PublisherRequest } from '../../../scripts/lib/publisher/publisherProtocol.ts';
import { publishThroughPublisher } from '../../../scripts/lib/publisher/publishThroughPublisher.ts';
import {
  servePublisher,
  type Publisher,
  type PublisherOptions,
} from '../../../scripts/lib/publisher/servePublisher.ts';
import { publisherEnv } from '../../../scripts/lib/publisher/startPublisher.ts';

let dir: string;
let socket: string;
let publisher: Publisher | undefined;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'portals-publisher-'));
  socket = path.join(dir, 'publisher.sock');
});
afterEach(async () => {
  publisher?.stop('test over');
  await publisher?.stopped;
  publisher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** What the fake publication saw of this process while it ran. */
interface Seen {
  request: PublisherRequest;
  variable: string | undefined;
}

async function serve(overrides: Partial<PublisherOptions> = {}) {
  const seen: Seen[] = [];
  publisher = await servePublisher({
    socket,
    publish: (request) => {
      seen.push({ request, variable: process.env.PUBLISHER_TEST_VARIABLE });
      process.stdout.write('@publish {"phase":"build","ms":12}\n');
      process.stderr.write('a warning on stderr\n');
      return Promise.resolve(request.env.PUBLISHER_TEST_FAIL !== '1');
    },
    codeIsCurrent: () => true,
    idleMs: 60_000,
    maxBuilds: 10,
    maxRssBytes: Number.MAX_SAFE_INTEGER,
    log: () => undefined,
    ...overrides,
  });
  return seen;
}

async function ask(env: Record<string, string> = {}) {
  const lines: string[] = [];
  const outcome = await publishThroughPublisher(
    socket,
    { portal: 'hospichild', env: { PUBLISHER_TEST_VARIABLE: 'from the CMS', ...env } },
    (line) => lines.push(line),
  );
  return { outcome, lines };
}

describe('the portal publisher', () => {
  it('runs a publication with the asker’s environment and streams its output back', async () => {
    const seen = await serve();
    process.env.PUBLISHER_TEST_VARIABLE = 'the publisher’s own';
    try {
      const { outcome, lines } = await ask();
      expect(outcome).toEqual({ status: 'succeeded' });
      expect(seen).toEqual([
        {
          request: { portal: 'hospichild', env: { PUBLISHER_TEST_VARIABLE: 'from the CMS' } },
          variable: 'from the CMS',
        },
      ]);
      expect(lines).toContain('@publish {"phase":"build","ms":12}');
      expect(lines).toContain('a warning on stderr');
      expect(lines.at(-1)).toMatch(
        /^Built by the portal's publisher \(process \d+, publication 1, \d+ MB\)\.$/,
      );
      // Its own environment is back once the publication is over.
      expect(process.env.PUBLISHER_TEST_VARIABLE).toBe('the publisher’s own');
    } finally {
      delete process.env.PUBLISHER_TEST_VARIABLE;
    }
  });

  it('reports a failed publication as failed, and answers the next one', async () => {
    await serve();
    expect((await ask({ PUBLISHER_TEST_FAIL: '1' })).outcome).toEqual({ status: 'failed' });
    expect((await ask()).outcome).toEqual({ status: 'succeeded' });
  });

  it('answers publications one after the other', async () => {
    let running = 0;
    let most = 0;
    await serve({
      publish: async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 50));
        running -= 1;
        return true;
      },
    });
    const outcomes = await Promise.all([ask(), ask(), ask()]);
    expect(outcomes.map(({ outcome }) => outcome?.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
    expect(most).toBe(1);
  });

  it('refuses, without building, once its code has changed, and stops', async () => {
    const seen = await serve({ codeIsCurrent: () => false });
    const { outcome, lines } = await ask();
    expect(outcome).toBeUndefined();
    expect(lines).toEqual(['The publisher refused: its code has changed since it started.']);
    expect(seen).toEqual([]);
    expect(await publisher?.stopped).toBe('its code has changed');
    expect(existsSync(socket)).toBe(false);
  });

  it('stops after its share of publications, once the last one is answered', async () => {
    await serve({ maxBuilds: 2 });
    expect((await ask()).outcome).toEqual({ status: 'succeeded' });
    expect((await ask()).outcome).toEqual({ status: 'succeeded' });
    expect(await publisher?.stopped).toBe('replaced after 2 publications');
    // The next publication finds no publisher and runs by itself.
    expect((await ask()).outcome).toBeUndefined();
  });

  it('stops after a publication that left it too large', async () => {
    await serve({ maxRssBytes: 1 });
    expect((await ask()).outcome).toEqual({ status: 'succeeded' });
    expect(await publisher?.stopped).toMatch(/^replaced at \d+ MB$/);
  });

  it('stops when idle, and when its owner has gone', async () => {
    await serve({ idleMs: 50 });
    expect(await publisher?.stopped).toBe('idle');
    const gone = 2 ** 22 + 1; // above Linux's largest pid
    await serve({ ownerPid: gone });
    expect(await publisher?.stopped).toBe(`its owner (process ${String(gone)}) has gone`);
  });

  it('lets only its own user connect: requests carry the CMS’s secrets', async () => {
    await serve();
    expect(statSync(socket).mode & 0o777).toBe(0o600);
  });

  it('refuses what is not a publication request, in any shape', async () => {
    const seen = await serve();
    for (const body of [
      '{"portal":"hospichild"}',
      '[1]',
      '"hospichild"',
      '42',
      '{"portal":1,"env":{}}',
    ]) {
      const answer = await new Promise<string>((resolve) => {
        let text = '';
        const connection = net.connect(socket, () => connection.write(`${body}\n`));
        connection.on('data', (chunk: Buffer) => (text += chunk.toString()));
        connection.on('close', () => resolve(text));
      });
      expect(answer, body).toMatch(
        /^@publisher \{"status":"refused","reason":"not a publication request/,
      );
    }
    expect(seen).toEqual([]);
    expect((await ask()).outcome).toEqual({ status: 'succeeded' });
  });

  it('is absent when nothing listens: the caller publishes by itself', async () => {
    const { outcome, lines } = await ask();
    expect(outcome).toBeUndefined();
    expect(lines).toEqual([]);
  });
});

describe('publisherFiles', () => {
  it('keeps the socket in the site’s Astro cache, or in the temp folder when that path is too long for a socket', () => {
    const files = publisherFiles(portals.hospichild);
    const expected = path.join('sites', 'hospichild', 'node_modules', '.astro');
    expect(files.pidFile).toContain(expected);
    expect(Buffer.byteLength(files.socket)).toBeLessThanOrEqual(100);
    if (!files.socket.includes(expected)) expect(files.socket.startsWith(tmpdir())).toBe(true);
  });

  it('keeps a publisher’s folder private to its user, and refuses a link in its place', () => {
    const created = path.join(dir, 'new', 'publisher.sock');
    expect(socketFolderIsPrivate(created)).toBe(true);
    expect(statSync(path.dirname(created)).mode & 0o777).toBe(0o700);

    // Created by a wider umask, or opened up since: narrowed back to its user.
    const shared = path.join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(socketFolderIsPrivate(path.join(shared, 'publisher.sock'))).toBe(true);
    expect(statSync(shared).mode & 0o777).toBe(0o700);

    // A link put where the folder should be, even to a private folder, is not used.
    const link = path.join(dir, 'link');
    symlinkSync(shared, link);
    expect(socketFolderIsPrivate(path.join(link, 'publisher.sock'))).toBe(false);
  });
});

describe('publisherEnv', () => {
  it('starts a publisher without the script’s compile cache, which would keep every bundle it builds', () => {
    const env = publisherEnv({
      NODE_COMPILE_CACHE: '/srv/portals/node_modules/.cache/publish-portal',
      CMS_URL: 'http://localhost:3000',
    });
    expect(env).toEqual({ CMS_URL: 'http://localhost:3000' });
  });
});
