import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { portals } from '@portals/content-models';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { staticRoot } from '../../scripts/lib/releaseLayout.ts';

describe('a build while the CMS is unreachable', () => {
  it('fails naming CMS_URL and leaves the live site untouched', async () => {
    const liveDir = inject('siteLiveDir');
    const liveBefore = realpathSync(liveDir);
    const deadUrl = `http://localhost:${await freePort()}`;
    await expect(
      buildSite(portals.hospichild, { cmsUrl: deadUrl, liveDir, log: () => undefined }),
    ).rejects.toThrow(/CMS_URL/);
    expect(realpathSync(liveDir)).toBe(liveBefore);
    expect(existsSync(path.join(staticRoot(liveDir), 'index.html'))).toBe(true);
  });
});
