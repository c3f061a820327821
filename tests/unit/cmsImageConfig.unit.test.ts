import { describe, expect, it } from 'vitest';
import { cmsImageConfig } from '@portals/shared/site';

describe('cmsImageConfig', () => {
  it('allows the CMS’s uploads only, port included', () => {
    expect(cmsImageConfig('http://localhost:3000')).toEqual({
      remotePatterns: [
        { protocol: 'http', hostname: 'localhost', port: '3000', pathname: '/api/media/file/**' },
      ],
    });
  });

  it('keeps a CMS served under a path and leaves the default port out', () => {
    expect(cmsImageConfig('https://cms.example.be/portails/').remotePatterns).toEqual([
      { protocol: 'https', hostname: 'cms.example.be', pathname: '/portails/api/media/file/**' },
    ]);
  });
});
