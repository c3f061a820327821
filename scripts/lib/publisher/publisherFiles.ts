import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Portal } from '@portals/content-models';
import { siteDir } from '../paths.ts';

/** A Unix socket's path must fit in 108 bytes; a deep checkout puts it in the temp folder. */
const socketPathLimit = 100;

/**
 * The files of a portal's publisher, in a folder of the site's Astro cache, beside the build
 * lock: the socket it answers on, the file naming its process (one publisher per portal) and
 * its log. The folder is created private (see socketFolderIsPrivate), whatever the umask.
 */
export function publisherFiles(portal: Portal): { socket: string; pidFile: string; log: string } {
  const folder = path.join(siteDir(portal), 'node_modules', '.astro', 'publisher');
  let socket = path.join(folder, 'publisher.sock');
  if (Buffer.byteLength(socket) > socketPathLimit) {
    const name = createHash('sha256').update(folder).digest('hex').slice(0, 16);
    const uid = process.getuid?.() ?? 0;
    socket = path.join(tmpdir(), `portals-publisher-${String(uid)}`, `${name}.sock`);
  }
  return {
    socket,
    pidFile: path.join(folder, 'publisher.pid'),
    log: path.join(folder, 'publisher.log'),
  };
}

/**
 * Makes the folder of a publisher's file private to this user (created so, or narrowed to
 * 0700 when it is a real folder of this user) and says whether that worked. A publication
 * request carries the CMS's environment, secrets included, and a publisher runs what it says (a
 * deploy command): in a folder others could write, another user could put their own socket in
 * its place and read them, or answer in its stead. A link, or a folder of another user, is
 * refused.
 */
export function socketFolderIsPrivate(file: string): boolean {
  const folder = path.dirname(file);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = lstatSync(folder);
    const uid = process.getuid?.();
    if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid)) return false;
    if ((stats.mode & 0o077) !== 0) chmodSync(folder, 0o700);
    return (lstatSync(folder).mode & 0o077) === 0;
  } catch {
    return false;
  }
}
