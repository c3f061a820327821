import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { lineBuffer } from './lineBuffer.ts';

const children = new Set<ChildProcess>();

/** Every process started through `start`, so Ctrl-C can stop all of them. */
export function stopAll(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of children) {
    // Each child leads its own process group: `next start` and `astro` fork workers.
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        child.kill(signal);
      }
    }
  }
}

/**
 * Last non-blank lines a child printed, quoted when it fails so the error says what went wrong.
 * Astro follows a build error with a hint, its location and a stack trace (a dozen lines): the
 * tail must reach back to the error's own message above them.
 */
const tailLength = 25;

/** Spawn options, plus a listener that receives each line of output (a build's log, in tests). */
export type RunOptions = SpawnOptions & { onLine?: (line: string) => void };

function prefixed(
  stream: NodeJS.ReadableStream | null,
  prefix: string,
  out: NodeJS.WritableStream,
  tail: string[],
  onLine?: (line: string) => void,
) {
  const lines = lineBuffer((line) => {
    out.write(`${prefix} ${line}\n`);
    onLine?.(line);
    if (!line.trim()) return;
    tail.push(line);
    if (tail.length > tailLength) tail.shift();
  });
  stream?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  stream?.on('end', () => {
    const rest = lines.rest();
    if (rest) out.write(`${prefix} ${rest}\n`);
  });
}

/** Starts a long-running process whose output is prefixed with its name. */
export function start(name: string, command: string, args: string[], options: RunOptions = {}) {
  const { onLine, ...spawnOptions } = options;
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...spawnOptions,
  });
  const tail: string[] = [];
  children.add(child);
  child.on('exit', () => children.delete(child));
  prefixed(child.stdout, `[${name}]`, process.stdout, tail, onLine);
  prefixed(child.stderr, `[${name}]`, process.stderr, tail, onLine);
  return Object.assign(child, { tail });
}

/** Runs a command to completion; rejects with its name and exit code when it fails. */
export function run(name: string, command: string, args: string[], options: RunOptions = {}) {
  return new Promise<void>((resolve, reject) => {
    const child = start(name, command, args, options);
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${name} failed (${signal ?? `exit code ${String(code)}`}): ${command} ${args.join(' ')}\n` +
                child.tail.join('\n'),
            ),
          ),
    );
  });
}
