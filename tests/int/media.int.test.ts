import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxUploadBytes } from '@portals/content-models/collections';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

function upload(data: Buffer, name: string, mimetype: string) {
  return cms.payload.create({
    collection: 'media',
    locale: 'fr',
    data: { alt: 'Une salle de jeux à l’hôpital' },
    file: { data, name, mimetype, size: data.length },
    overrideAccess: true,
  });
}

describe('media uploads', () => {
  it('accepts an image and makes its smaller sizes', async () => {
    const png = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#2a6f97' },
    })
      .png()
      .toBuffer();
    const doc = await upload(png, 'salle-de-jeux.png', 'image/png');
    expect(doc.mimeType).toBe('image/png');
    expect(doc.sizes?.thumbnail?.width).toBe(400);
    expect(doc.sizes?.card?.width).toBe(768);
  });

  it('refuses a file that is neither an image nor a PDF', async () => {
    await expect(
      upload(Buffer.from('#!/bin/sh\necho hi\n'), 'script.sh', 'text/x-shellscript'),
    ).rejects.toThrow(/invalid|not allowed|type/i);
  });

  it('refuses an image without alternative text', async () => {
    const png = await sharp({
      create: { width: 10, height: 10, channels: 3, background: '#000' },
    })
      .png()
      .toBuffer();
    await expect(
      cms.payload.create({
        collection: 'media',
        locale: 'fr',
        data: {} as { alt: string },
        file: { data: png, name: 'sans-alt.png', mimetype: 'image/png', size: png.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/alt/i);
  });

  it('limits uploads to the size declared in content-models', async () => {
    const { default: config } = await import('@portals/cms/config');
    const resolved = await config;
    expect(resolved.upload.limits?.fileSize).toBe(maxUploadBytes);
  });
});
