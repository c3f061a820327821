import { parseEnv } from '@portals/cms/env';
import { describe, expect, it } from 'vitest';

const settings = (values: Record<string, string>) => parseEnv({ NODE_ENV: 'test', ...values });

describe('CMS_COOKIE_SECURE (issue #13)', () => {
  it('makes the session cookie Secure when the CMS is served over HTTPS', () => {
    expect(settings({ CMS_PUBLIC_URL: 'https://cms.example.be' }).CMS_COOKIE_SECURE).toBe(true);
  });

  it('leaves it usable over plain http locally', () => {
    expect(settings({ CMS_PUBLIC_URL: 'http://localhost:3000' }).CMS_COOKIE_SECURE).toBe(false);
    expect(settings({}).CMS_COOKIE_SECURE).toBe(false);
  });

  it('follows the variable when it is set', () => {
    const forced = { CMS_PUBLIC_URL: 'http://localhost:3000', CMS_COOKIE_SECURE: 'true' };
    expect(settings(forced).CMS_COOKIE_SECURE).toBe(true);
    const off = { CMS_PUBLIC_URL: 'https://cms.example.be', CMS_COOKIE_SECURE: 'false' };
    expect(settings(off).CMS_COOKIE_SECURE).toBe(false);
  });
});

describe('CMS_ADMIN_PASSWORD (issue #13)', () => {
  it('refuses a password under twelve characters at start-up', () => {
    expect(() => settings({ CMS_ADMIN_PASSWORD: 'short-pass1' })).toThrow(
      /CMS_ADMIN_PASSWORD: Too small: expected string to have >=12 characters/,
    );
  });
});
