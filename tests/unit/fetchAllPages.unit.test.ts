import { describe, expect, it } from 'vitest';
import { CmsError, encodeQuery, fetchAllPages } from '@portals/shared/cms';

const answer = (body: unknown, init?: ResponseInit) =>
  (() => Promise.resolve(Response.json(body, init))) as typeof fetch;

describe('fetchAllPages', () => {
  it('fails naming CMS_URL and the URL when the CMS answers with an error status', async () => {
    const attempt = fetchAllPages({
      cmsUrl: 'http://cms.test',
      path: '/api/articles',
      fetch: answer({ errors: [] }, { status: 500, statusText: 'Internal Server Error' }),
    });
    await expect(attempt).rejects.toBeInstanceOf(CmsError);
    await expect(attempt).rejects.toThrow(
      /500 Internal Server Error to http:\/\/cms\.test\/api\/articles\?limit=100&page=1.*CMS_URL/,
    );
  });

  it('fails when the answer is not a Payload list', async () => {
    const attempt = fetchAllPages({
      cmsUrl: 'http://cms.test',
      path: '/api/articles',
      fetch: answer({ message: 'hello' }),
    });
    await expect(attempt).rejects.toThrow(/is not a Payload list/);
  });

  it('stops instead of looping when the CMS announces a page past its own total', async () => {
    const attempt = fetchAllPages({
      cmsUrl: 'http://cms.test',
      path: '/api/articles',
      fetch: answer({ docs: [], totalDocs: 0, totalPages: 1, page: 1, hasNextPage: true }),
    });
    await expect(attempt).rejects.toThrow(/next page after page 1 of 1/);
  });

  it('rejects a CMS_URL that is not a URL', async () => {
    await expect(fetchAllPages({ cmsUrl: 'localhost', path: '/api/articles' })).rejects.toThrow(
      'CMS_URL "localhost" is not a valid URL.',
    );
  });
});

describe('encodeQuery', () => {
  it('writes nested where clauses with qs brackets', () => {
    const query = encodeQuery({ where: { and: [{ _status: { equals: 'published' } }] }, depth: 0 });
    expect(decodeURIComponent(query.toString())).toBe(
      'where[and][0][_status][equals]=published&depth=0',
    );
  });
});
