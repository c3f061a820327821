import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import { replaceProcessEnv } from '../processEnv.ts';
import { teeOutput } from '../teeOutput.ts';
import {
  builtByPublisher,
  formatPublisherOutcome,
  publisherRequestSchema,
  type PublisherOutcome,
  type PublisherRequest,
} from './publisherProtocol.ts';

export interface PublisherOptions {
  socket: string;
  /** Runs one publication in this process, printing its lines; resolves true when live. */
  publish: (request: PublisherRequest) => Promise<boolean>;
  /** False once the code loaded in this process is no longer the code on disk. */
  codeIsCurrent: () => boolean;
  /** Stops after this long without a request (its memory goes back to the machine). */
  idleMs: number;
  /**
   * Stops after this many publications: each in-process build keeps ≈ 50–100 MB that Node
   * never frees (modules cannot be unloaded), so a publisher is replaced now and then.
   */
  maxBuilds: number;
  /** Stops after a publication that left the process larger than this. */
  maxRssBytes: number;
  /** Stops when this process has gone (the CMS that asked for the publications). */
  ownerPid?: number;
  log: (line: string) => void;
}

export interface Publisher {
  /** Resolves with why the publisher stopped; its socket is closed and removed by then. */
  stopped: Promise<string>;
  stop: (reason: string) => void;
}

/**
 * Answers publications on a Unix socket, one at a time, each in this process with the asker's
 * environment, its output streamed back line by line and closed by a `@publisher` outcome line.
 * A request arriving when the code on disk has changed is refused, and the publisher stops.
 */
export async function servePublisher(options: PublisherOptions): Promise<Publisher> {
  const { log } = options;
  let builds = 0;
  let queue = Promise.resolve();
  let stopping = false;
  let resolveStopped: (reason: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (resolveStopped = resolve));
  const server = net.createServer();
  let idle: NodeJS.Timeout | undefined;
  const owner =
    options.ownerPid === undefined
      ? undefined
      : setInterval(() => {
          try {
            process.kill(options.ownerPid as number, 0);
          } catch {
            stop(`its owner (process ${String(options.ownerPid)}) has gone`);
          }
        }, 2_000).unref();

  function stop(reason: string): void {
    if (stopping) return;
    stopping = true;
    clearTimeout(idle);
    clearInterval(owner);
    log(`Publisher stopping: ${reason}.`);
    server.close(() => {
      rmSync(options.socket, { force: true });
      resolveStopped(reason);
    });
  }
  const waitForNext = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop('idle'), options.idleMs).unref();
  };

  async function answer(socket: net.Socket, line: string): Promise<void> {
    const send = (text: string) => {
      if (!socket.destroyed) socket.write(`${text}\n`);
    };
    let outcome: PublisherOutcome;
    const parsed = publisherRequestSchema.safeParse(JSON.parse(line || 'null'));
    if (!parsed.success) {
      outcome = { status: 'refused', reason: `not a publication request: ${line.slice(0, 200)}` };
    } else if (stopping) {
      outcome = { status: 'refused', reason: 'the publisher is stopping' };
    } else if (!options.codeIsCurrent()) {
      outcome = { status: 'refused', reason: 'its code has changed since it started' };
      stop('its code has changed');
    } else {
      builds += 1;
      const restoreEnv = replaceProcessEnv(parsed.data.env);
      const untee = teeOutput(send);
      let live: boolean;
      try {
        live = await options.publish(parsed.data);
      } finally {
        untee();
        restoreEnv();
      }
      outcome = { status: live ? 'succeeded' : 'failed' };
      const rss = process.memoryUsage().rss;
      const megabytes = String(Math.round(rss / 1e6));
      // In the build record's log: which process built it, for whoever compares timings.
      send(
        `${builtByPublisher} (process ${String(process.pid)}, publication ${String(builds)}, ${megabytes} MB).`,
      );
      if (builds >= options.maxBuilds) stop(`replaced after ${String(builds)} publications`);
      else if (rss > options.maxRssBytes) stop(`replaced at ${megabytes} MB`);
    }
    send(formatPublisherOutcome(outcome));
    socket.end();
  }

  server.on('connection', (socket) => {
    let buffer = '';
    let taken = false;
    socket.on('error', (error) => log(`A publication's connection failed: ${error.message}`));
    socket.on('data', (chunk: Buffer) => {
      if (taken) return;
      buffer += chunk.toString();
      const end = buffer.indexOf('\n');
      if (end < 0) return;
      taken = true;
      // One publication at a time: the next request waits for this one, as builds of one
      // portal do anyway (the build lock).
      queue = queue
        .then(() => answer(socket, buffer.slice(0, end)))
        .catch((error: unknown) => {
          log(`A publication could not be answered: ${(error as Error).message}`);
          socket.destroy();
        })
        .finally(() => {
          if (!stopping) waitForNext();
        });
    });
  });

  rmSync(options.socket, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.socket, () => {
      server.off('error', reject);
      // Requests carry the CMS's environment, secrets included: its user only.
      chmodSync(options.socket, 0o600);
      resolve();
    });
  });
  waitForNext();
  return { stopped, stop };
}
