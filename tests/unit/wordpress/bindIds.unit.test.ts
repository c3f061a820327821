import { describe, expect, it } from 'vitest';
import { bindIds, emptyReport, reportMarkdown } from '@portals/cms/import/wordpress';

const text = (value: string) => ({ type: 'text', version: 1, text: value });
const body = (...children: object[]) =>
  ({ root: { type: 'root', version: 1, children } }) as Parameters<typeof bindIds>[0];
const link = (value: string) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value } },
  children: [text('les vaccins')],
});
const upload = (value: string) => ({ type: 'upload', version: 3, relationTo: 'media', value });

describe('bindIds', () => {
  const ids = new Map([
    ['articles:post:12', 41],
    ['media:attachment:30', 7],
  ]);
  const idOf = (collection: string, key: string) => ids.get(`${collection}:${key}`);

  it('puts the ids of the written documents in links and images', () => {
    const { state, unbound } = bindIds(
      body({ type: 'paragraph', version: 1, children: [link('post:12')] }, upload('attachment:30')),
      idOf,
    );
    expect(unbound).toEqual([]);
    expect(state.root.children?.[0]?.children?.[0]?.fields).toMatchObject({
      doc: { relationTo: 'articles', value: 41 },
    });
    expect(state.root.children?.[1]).toMatchObject({ type: 'upload', value: 7 });
  });

  it('keeps the words of a link whose document was not written, and marks a lost image', () => {
    const { state, unbound } = bindIds(
      body({ type: 'paragraph', version: 1, children: [link('post:99')] }, upload('attachment:31')),
      idOf,
    );
    expect(unbound).toEqual(['post:99', 'attachment:31']);
    expect(state.root.children?.[0]?.children).toEqual([text('les vaccins')]);
    expect(state.root.children?.[1]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', text: '[image: attachment:31]' }],
    });
  });
});

describe('reportMarkdown', () => {
  it('lists counts, then what an editor has to look at', () => {
    const report = emptyReport('hospichild', 'export.xml', new Date('2026-01-05T10:00:00Z'));
    report.counts.articles.created = 5;
    report.unknownShortcodes['contact-form-7'] = ['post:10 (fr)'];
    report.brokenLinks.push({ document: 'post:12 (fr)', href: '/fr/disparue/' });
    expect(reportMarkdown(report)).toBe(
      [
        '# WordPress import: hospichild',
        '',
        'Export `export.xml`, 2026-01-05T10:00:00.000Z.',
        '',
        '| | created | updated | unchanged | skipped | failed |',
        '|---|---|---|---|---|---|',
        '| sections | 0 | 0 | 0 | 0 | 0 |',
        '| media | 0 | 0 | 0 | 0 | 0 |',
        '| articles | 5 | 0 | 0 | 0 | 0 |',
        '| redirects | 0 | 0 | 0 | 0 | 0 |',
        '',
        '## Unknown shortcodes (kept as text)',
        '',
        '- `[contact-form-7]` in post:10 (fr)',
        '',
        '## Broken links',
        '',
        '- /fr/disparue/ in post:12 (fr)',
        '',
      ].join('\n'),
    );
  });
});
