import { existsSync } from 'node:fs';
import path from 'node:path';
import { portalList, type Portal } from '@portals/content-models';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const cmsDir = path.join(repoRoot, 'cms');

/** Called directly rather than through `npx`, which costs a second of start-up per build. */
export const astroBin = path.join(repoRoot, 'node_modules', '.bin', 'astro');

/** A portal's site folder: `sites/<portal id>/`. */
export function siteDir(portal: Portal): string {
  return path.join(repoRoot, 'sites', portal.id);
}

/** Portals that have a site folder: the registry may name portals whose site comes later. */
export function portalsWithSite(): Portal[] {
  return portalList.filter((portal) => existsSync(path.join(siteDir(portal), 'package.json')));
}
