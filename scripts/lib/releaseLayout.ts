import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A release as Astro writes it with the Node adapter: `client/` holds every prerendered page
 * and asset (what any static web server can serve: copy that folder), `server/` the handler
 * of the pages rendered on request (the draft preview). A release built before the adapter,
 * kept for rollback, has the static files at its root.
 */
export function staticRoot(release: string): string {
  const client = path.join(release, 'client');
  return statSync(client, { throwIfNoEntry: false })?.isDirectory() ? client : release;
}

/** The release's on-demand handler (`server/entry.mjs`), or null for a static-only release. */
export function serverEntry(release: string): string | null {
  const entry = path.join(release, 'server', 'entry.mjs');
  return statSync(entry, { throwIfNoEntry: false })?.isFile() ? entry : null;
}

/** Release folders in `releasesDir`, oldest first (their names are timestamps). */
export function listReleases(releasesDir: string): string[] {
  return readdirSync(releasesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}
