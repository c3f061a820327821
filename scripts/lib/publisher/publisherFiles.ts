import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Portal } from '@portals/content-models';
import { siteDir } from '../paths.ts';

/** A Unix socket's path must fit in 108 bytes; a deep checkout puts it in the temp folder. */
const socketPathLimit = 100;

/**
 * The files of a portal's publisher, in the site's Astro cache folder beside the build lock:
 * the socket it answers on, the file naming its process (one publisher per portal) and its log.
 */
export function publisherFiles(portal: Portal): { socket: string; pidFile: string; log: string } {
  const cache = path.join(siteDir(portal), 'node_modules', '.astro');
  let socket = path.join(cache, 'publisher.sock');
  if (Buffer.byteLength(socket) > socketPathLimit) {
    const folder = createHash('sha256').update(cache).digest('hex').slice(0, 16);
    const uid = process.getuid?.() ?? 0;
    socket = path.join(tmpdir(), `portals-publisher-${String(uid)}`, `${folder}.sock`);
  }
  return {
    socket,
    pidFile: path.join(cache, 'publisher.pid'),
    log: path.join(cache, 'publisher.log'),
  };
}

/**
 * Creates the socket's folder if needed (private to this user) and says whether it is safe:
 * a real folder of this user that nobody else may write to. A publication request carries the
 * CMS's environment, secrets included, and a publisher runs what it says (a deploy command):
 * in a folder others could write, another user could put their own socket in its place and
 * read them, or answer in its stead.
 */
export function socketFolderIsPrivate(socket: string): boolean {
  const folder = path.dirname(socket);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = lstatSync(folder);
    const uid = process.getuid?.();
    return (
      stats.isDirectory() && (uid === undefined || stats.uid === uid) && (stats.mode & 0o022) === 0
    );
  } catch {
    return false;
  }
}
