import { existsSync } from 'node:fs';
import path from 'node:path';
import { portalList, type Portal } from '@portals/content-models';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const cmsDir = path.join(repoRoot, 'cms');

/** A portal's site folder: `sites/<portal id>/`. */
export function siteDir(portal: Portal): string {
  return path.join(repoRoot, 'sites', portal.id);
}

/** Portals that have a site folder: the registry may name portals whose site comes later. */
export function portalsWithSite(): Portal[] {
  return portalList.filter((portal) => existsSync(path.join(siteDir(portal), 'package.json')));
}
