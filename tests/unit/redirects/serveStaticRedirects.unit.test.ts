import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/lib/freePort.ts';
import { serveStatic } from '../../../scripts/lib/serveStatic.ts';

let release: string;
let server: Server;
let origin: string;

const rules = [
  { from: '/?p=123', to: '/fr/articles/dormir/', status: 301 },
  { from: '/fr/rooming-in', to: '/fr/articles/dormir/', status: 301 },
  { from: '/fr/été', to: '/fr/agenda/', status: 302 },
  { from: '/fr/articles/dormir/', to: '/fr/', status: 301 },
];

beforeAll(async () => {
  release = mkdtempSync(path.join(tmpdir(), 'serve-redirects-'));
  mkdirSync(path.join(release, 'fr', 'rooming-in'), { recursive: true });
  writeFileSync(path.join(release, 'index.html'), '<!doctype html><title>root</title>');
  writeFileSync(path.join(release, 'fr', 'rooming-in', 'index.html'), 'fallback page');
  writeFileSync(path.join(release, 'redirects.json'), JSON.stringify({ rules }));
  const port = await freePort();
  server = await serveStatic(release, port);
  origin = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  server.close();
  rmSync(release, { recursive: true, force: true });
});

async function answer(url: string) {
  const response = await fetch(`${origin}${url}`, { redirect: 'manual' });
  return `${response.status} ${response.headers.get('location') ?? ''}`;
}

describe("npm start's server with a build's redirects", () => {
  it('answers an old path with the status and target of its rule, before its fallback page', async () => {
    expect(await answer('/fr/rooming-in')).toBe('301 /fr/articles/dormir/');
  });

  it('matches the path and query exactly, then the path alone', async () => {
    expect(await answer('/?p=123')).toBe('301 /fr/articles/dormir/');
    expect(await answer('/fr/rooming-in?utm_source=lettre')).toBe('301 /fr/articles/dormir/');
    expect(await answer('/?p=1234')).toBe('200 ');
  });

  it('matches an old path however its accents are encoded, with a 302 when the rule says so', async () => {
    expect(await answer('/fr/%C3%A9t%C3%A9')).toBe('302 /fr/agenda/');
  });
});
