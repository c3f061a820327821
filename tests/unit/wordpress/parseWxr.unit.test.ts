import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWxr } from '@portals/cms/import/wordpress';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/wordpress');

/** Writes a one-item export around `item` and returns its path. */
function exportWith(item: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxr-')), 'export.xml');
  writeFileSync(
    file,
    [
      '<?xml version="1.0" encoding="UTF-8" ?>',
      '<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="c" xmlns:excerpt="e">',
      '<channel>',
      '<wp:base_site_url>https://demo.example</wp:base_site_url>',
      item,
      '</channel>',
      '</rss>',
    ].join('\n'),
  );
  return file;
}

const validItem = (postId: string, date = '2024-01-02 03:04:05') => `<item>
<title>Demo</title>
<link>https://demo.example/fr/demo/</link>
<wp:post_id>${postId}</wp:post_id>
<wp:post_date>${date}</wp:post_date>
<wp:post_name>demo</wp:post_name>
<wp:status>publish</wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type>post</wp:post_type>
</item>`;

describe('parseWxr', () => {
  it('reads the posts, pages and attachments of the fixture, skipping menu items', async () => {
    const wxr = await parseWxr(path.join(fixtures, 'export.xml'));
    expect(wxr.siteUrl).toBe('https://www.petitspas.example');
    expect(wxr.items.map((item) => item.id)).toEqual([
      30, 31, 32, 10, 11, 12, 13, 14, 20, 21, 22, 23,
    ]);
    expect(wxr.authors).toEqual([
      { login: 'redaction', email: 'redaction@petitspas.example', displayName: 'La rédaction' },
    ]);
  });

  it('reads WPML languages, translation groups and duplicates', async () => {
    const wxr = await parseWxr(path.join(fixtures, 'export.xml'));
    const byId = new Map(wxr.items.map((item) => [item.id, item]));
    expect(byId.get(10)).toMatchObject({
      locale: 'fr',
      trid: '101',
      categories: ['vie-quotidienne'],
    });
    expect(byId.get(13)).toMatchObject({ locale: 'nl', duplicateOf: 12 });
    expect(byId.get(30)).toMatchObject({
      attachedFile: '2024/03/bain-bebe.png',
      alt: 'Un bébé assis dans une petite baignoire bleue',
    });
    expect(wxr.categories.find((category) => category.slug === 'vaccinaties')).toMatchObject({
      termId: 8,
      parentSlug: 'gezondheid',
      locale: 'nl',
      trid: '203',
    });
  });

  it('keeps CDATA content whole, block comments included', async () => {
    const wxr = await parseWxr(path.join(fixtures, 'export.xml'));
    const post = wxr.items.find((item) => item.id === 10);
    expect(post?.content).toContain('<!-- wp:shortcode -->');
    expect(post?.content).toContain('[contact-form-7 id="58" title="Poser une question"]');
  });

  it('stops a malformed export at the line and element at fault', async () => {
    await expect(parseWxr(path.join(fixtures, 'malformed.xml'))).rejects.toThrow(
      'WordPress export, line 230, <wp:post_name>: unexpected close tag.',
    );
  });

  it('names the element whose value is refused', async () => {
    await expect(parseWxr(exportWith(validItem('douze')))).rejects.toThrow(
      'WordPress export, line 8, <wp:post_id>: wp:post_id must be a number',
    );
  });

  it('refuses a date WordPress would not write', async () => {
    await expect(parseWxr(exportWith(validItem('12', '12/03/2024')))).rejects.toThrow(
      'WordPress export, line 9, <wp:post_date>: date must read YYYY-MM-DD hh:mm:ss',
    );
  });

  it('refuses a file cut short', async () => {
    const file = exportWith(validItem('12').slice(0, 80));
    await expect(parseWxr(file)).rejects.toThrow(/^WordPress export, line \d+, <\w+>:/);
  });
});
