import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('a MongoDB DATABASE_URL that cannot be reached', () => {
  it('fails within seconds with a message naming the URL but not its password', async () => {
    const port = await unusedPort();
    process.env.DATABASE_URL = `mongodb://editor:s3cret-pass@127.0.0.1:${port}/portals`;
    // A fresh secret per run: nothing signed here outlives the test.
    const secret = randomBytes(24).toString('hex');
    process.env.PAYLOAD_SECRET = secret;
    const { getPayload } = await import('payload');
    const { default: config } = await import('@portals/cms/config');
    const started = Date.now();
    const error = await getPayload({ config }).then(
      () => null,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).toContain(`mongodb://editor:***@127.0.0.1:${port}/portals`);
    expect(error?.message).toContain('Check DATABASE_URL');
    expect(error?.message).not.toContain('s3cret-pass');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
