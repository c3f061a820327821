import path from 'node:path';
import type { Portal } from '@portals/content-models';
import { repoRoot, siteDir } from '../paths.ts';
import { sourceHash } from '../sourceHash.ts';

/**
 * A digest of the code a publisher keeps loaded between builds: the site, the kit, the content
 * models, the publication scripts and the installed packages (the lockfile). Node caches every
 * module it imports once, so a publisher whose digest has changed would build with old code:
 * it stops instead, and the publication runs in a fresh process (≈ 35 ms to compute).
 */
export function publisherCodeDigest(portal: Portal): string {
  const site = siteDir(portal);
  return sourceHash([
    path.join(site, 'src'),
    path.join(site, 'public'),
    path.join(site, 'astro.config.mjs'),
    path.join(site, 'package.json'),
    path.join(repoRoot, 'shared', 'src'),
    path.join(repoRoot, 'shared', 'package.json'),
    path.join(repoRoot, 'content-models', 'src'),
    path.join(repoRoot, 'content-models', 'package.json'),
    path.join(repoRoot, 'scripts', 'lib'),
    path.join(repoRoot, 'scripts', 'publish-portal.ts'),
    path.join(repoRoot, 'scripts', 'publisher.ts'),
    path.join(repoRoot, 'package.json'),
    path.join(repoRoot, 'package-lock.json'),
  ]);
}
