import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '@portals/content-models';
import {
  footerPages,
  readFooterPageFrontmatter,
} from '../../../shared/src/features/pages/index.ts';

const contentDir = new URL('../../../shared/src/features/pages/content/', import.meta.url);
const source = (locale: string, page: string) =>
  readFileSync(new URL(`${locale}/${page}.mdx`, contentDir), 'utf8');

/** The frontmatter's `key: value` lines: the files use no nested YAML. */
function frontmatterOf(text: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const [, key = '', raw = ''] = /^(\w+):\s*(.*)$/.exec(line) ?? [];
      const value = raw.replace(/^'(.*)'$/, '$1');
      return [key, value === 'true' ? true : value === 'false' ? false : value];
    }),
  );
}

describe('footer page content', () => {
  for (const locale of locales) {
    for (const page of footerPages) {
      it(`has a ${locale} ${page} page with valid frontmatter, marked as demonstration`, () => {
        const text = source(locale, page);
        const frontmatter = readFooterPageFrontmatter(page, frontmatterOf(text));
        expect(frontmatter.isDemo).toBe(true);
      });

      it(`uses only the props the view passes in the ${locale} ${page} page`, () => {
        const used = [...source(locale, page).matchAll(/props\.(\w+)/g)].map(([, name]) => name);
        expect(
          used.filter((name) => !['publisher', 'portalName', 'locale'].includes(name!)),
        ).toEqual([]);
      });
    }
  }

  it('states the conformance status, the standard and the enforcement procedure', () => {
    const fr = source('fr', 'accessibility');
    expect(fr).toContain('**partiellement conforme**');
    expect(fr).toMatch(/EN 301 549[\s\S]*WCAG 2\.2 de niveau AA/);
    expect(fr).toContain('<ComplaintBody');
    expect(fr).toContain('<PublisherContact');
    const nl = source('nl', 'accessibility');
    expect(nl).toContain('**gedeeltelijk**');
    expect(nl).toContain('<ComplaintBody');
  });

  it('starts every page’s headings at level 2, under the view’s h1', () => {
    for (const locale of locales) {
      for (const page of footerPages) {
        expect([locale, page, /^# /m.test(source(locale, page))]).toEqual([locale, page, false]);
      }
    }
  });
});

describe('readFooterPageFrontmatter', () => {
  it('refuses a page without a date, naming the file and the field', () => {
    expect(() =>
      readFooterPageFrontmatter('fr/privacy.mdx', { description: 'Vie privée' }),
    ).toThrow(/fr\/privacy\.mdx: invalid frontmatter: .*updated/);
  });

  it('refuses a date not written YYYY-MM-DD', () => {
    expect(() =>
      readFooterPageFrontmatter('nl/contact.mdx', { description: 'Contact', updated: '5/12/2026' }),
    ).toThrow('updated: expected a date written YYYY-MM-DD');
  });

  it('accepts a date YAML read as a Date', () => {
    expect(
      readFooterPageFrontmatter('fr/contact.mdx', {
        description: 'Contact',
        updated: new Date('2026-12-05T00:00:00Z'),
      }),
    ).toEqual({ description: 'Contact', updated: '2026-12-05', isDemo: false });
  });
});
