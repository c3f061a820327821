import { describe, expect, it } from 'vitest';
import {
  listInternalLinks,
  resolveInternalLinks,
  richTextToHtml,
  sanitizeRichText,
  type LexicalState,
} from '@portals/shared/richtext';

/** A one-paragraph body whose only content is the given link node. */
function bodyWithLink(fields: Record<string, unknown>): LexicalState {
  const text = {
    type: 'text',
    text: 'la fiche',
    format: 0,
    version: 1,
    detail: 0,
    mode: 'normal',
    style: '',
  };
  const link = { type: 'link', version: 3, fields, children: [text], format: '', indent: 0 };
  const paragraph = { type: 'paragraph', version: 1, children: [link], format: '', indent: 0 };
  return {
    root: {
      type: 'root',
      version: 1,
      children: [paragraph],
      format: '',
      indent: 0,
      direction: null,
    },
  } as unknown as LexicalState;
}

describe('internal links', () => {
  it('are stored as a placeholder naming the target, not as a URL', () => {
    const html = richTextToHtml(
      bodyWithLink({ linkType: 'internal', doc: { relationTo: 'articles', value: 12 } }),
    );
    expect(html).toBe('<p><a data-internal-link="articles/12">la fiche</a></p>');
    expect(listInternalLinks(html)).toEqual([{ relationTo: 'articles', id: '12' }]);
  });

  it('become links when the page resolves them, and plain text when the target has no page', () => {
    const html =
      '<p>Voir <a data-internal-link="articles/12">la fiche</a> et <a data-internal-link="articles/13">l’autre</a>.</p>';
    const resolved = resolveInternalLinks(html, ({ id }) =>
      id === '12' ? '/fr/articles/fiche/' : null,
    );
    expect(resolved).toBe('<p>Voir <a href="/fr/articles/fiche/">la fiche</a> et l’autre.</p>');
  });

  it('to a deleted document render as plain text straight away', () => {
    const warnings: string[] = [];
    const html = richTextToHtml(bodyWithLink({ linkType: 'internal', doc: null }), {
      onWarning: (message) => warnings.push(message),
    });
    expect(html).toBe('<p>la fiche</p>');
    expect(warnings).toEqual(['internal link to a deleted document: rendered as plain text']);
  });

  it('keep nothing but their marker through the sanitizer, and a malformed marker is no link', () => {
    expect(
      sanitizeRichText(
        '<a data-internal-link="articles/12" href="javascript:alert(1)" onclick="x()">a</a>',
      ),
    ).toBe('<a data-internal-link="articles/12">a</a>');
    expect(
      sanitizeRichText('<a data-internal-link="articles/1&quot; onclick=&quot;x()">a</a>'),
    ).toBe('<span>a</span>');
  });
});
