import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PayloadRequest } from 'payload';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNotModified, serveWithValidators } from '@portals/cms/uploads';

let dir: string;
const modified = new Date('2026-11-20T10:00:00.250Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'portals-uploads-'));
  writeFileSync(path.join(dir, 'photo.jpg'), 'jpeg bytes');
  writeFileSync(path.join(dir, 'drawing.svg'), '<svg/>');
  utimesSync(path.join(dir, 'photo.jpg'), modified, modified);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What Payload's file route hands each upload handler, for `filename` with `headers`. */
function serve(filename: string, headers: Record<string, string> = {}) {
  const req = { headers: new Headers(headers), payload: { config: {} } } as PayloadRequest;
  const params = { collection: 'media', filename };
  return serveWithValidators(dir)(req, { doc: { id: 1 }, headers: new Headers(), params }) as
    Response | undefined;
}

describe('serveWithValidators', () => {
  it('serves a file with its type, length and validators, asking caches to revalidate', async () => {
    const response = serve('photo.jpg')!;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('jpeg bytes');
    expect(Object.fromEntries(response.headers)).toMatchObject<Record<string, unknown>>({
      'content-type': 'image/jpeg',
      'content-length': '10',
      'cache-control': 'no-cache',
      'last-modified': 'Fri, 20 Nov 2026 10:00:00 GMT',
      etag: expect.stringMatching(/^W\/"a-[0-9a-f]+"$/),
    });
  });

  it('answers 304 without a body to the validator it gave, weak or strong, alone or in a list', async () => {
    const etag = serve('photo.jpg')!.headers.get('etag')!;
    for (const ifNoneMatch of [etag, etag.slice(2), `"other", ${etag}`, '*']) {
      const response = serve('photo.jpg', { 'if-none-match': ifNoneMatch })!;
      expect(response.status, ifNoneMatch).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('etag')).toBe(etag);
    }
  });

  it('serves the file again once it changed', async () => {
    const before = serve('photo.jpg')!.headers.get('etag')!;
    writeFileSync(path.join(dir, 'photo.jpg'), 'new jpeg bytes');
    const response = serve('photo.jpg', { 'if-none-match': before })!;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('new jpeg bytes');
    expect(response.headers.get('etag')).not.toBe(before);
  });

  it('leaves ranges, SVG files, missing files and names outside the folder to Payload', () => {
    expect(serve('photo.jpg', { range: 'bytes=0-3' })).toBeUndefined();
    expect(serve('drawing.svg')).toBeUndefined();
    expect(serve('absent.png')).toBeUndefined();
    expect(serve('../photo.jpg')).toBeUndefined();
    // Names of properties every object has are no extension of an upload.
    for (const name of ['photo.constructor', 'photo.__proto__', 'photo.toString']) {
      writeFileSync(path.join(dir, name), 'x');
      expect(serve(name), name).toBeUndefined();
    }
  });
});

describe('isNotModified', () => {
  const etag = 'W/"a-1"';
  const check = (headers: Record<string, string>) =>
    isNotModified(new Headers(headers), etag, modified);

  it('compares If-Modified-Since to the second', () => {
    expect(check({ 'if-modified-since': 'Fri, 20 Nov 2026 10:00:00 GMT' })).toBe(true);
    expect(check({ 'if-modified-since': 'Fri, 20 Nov 2026 09:59:59 GMT' })).toBe(false);
    expect(check({ 'if-modified-since': 'not a date' })).toBe(false);
  });

  it('lets If-None-Match decide when both are sent, and answers no condition with false', () => {
    const since = { 'if-modified-since': 'Fri, 20 Nov 2026 10:00:00 GMT' };
    expect(check({ ...since, 'if-none-match': '"other"' })).toBe(false);
    expect(check({})).toBe(false);
  });
});
