import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace packages ship TypeScript sources; Next compiles them like its own.
  transpilePackages: ['@portals/content-models'],
  poweredByHeader: false,
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
