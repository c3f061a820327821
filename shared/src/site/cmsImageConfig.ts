/** A remote image source Astro may fetch and transform (`image.remotePatterns`). */
export interface RemotePattern {
  protocol: string;
  hostname: string;
  port?: string;
  pathname: string;
}

/**
 * Astro's `image` config that lets `getImage` fetch and resize the CMS's uploads: only the
 * CMS's own protocol, host, port and upload path, so a URL to anywhere else is never fetched
 * at build time. The portal integration sets it from the CMS address:
 * `updateConfig({ image: cmsImageConfig(cmsUrl) })`.
 */
export function cmsImageConfig(cmsUrl: string): { remotePatterns: RemotePattern[] } {
  const url = new URL(cmsUrl);
  const base = url.pathname.replace(/\/$/, '');
  return {
    remotePatterns: [
      {
        protocol: url.protocol.replace(/:$/, ''),
        hostname: url.hostname,
        ...(url.port ? { port: url.port } : {}),
        pathname: `${base}/api/media/file/**`,
      },
    ],
  };
}
