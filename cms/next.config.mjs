import { withPayload } from '@payloadcms/next/withPayload';

/** Sent with every answer of the CMS (issue #13; the README's production section lists them). */
const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/**
 * The admin is Next.js: its pages carry inline bootstrap scripts and styles (no nonce
 * without a middleware on every page), everything else comes from the CMS itself.
 */
const adminPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The API answers JSON and media files: nothing in them may run, load or be framed. */
const apiPolicy = [
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace packages ship TypeScript sources; Next compiles them like its own.
  transpilePackages: ['@portals/content-models'],
  poweredByHeader: false,
  headers: async () => [
    { source: '/:path*', headers: everywhere },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: adminPolicy }] },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
  ],
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
