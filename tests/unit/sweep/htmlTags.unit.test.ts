import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlLang, htmlTags } from '../../e2e/support/sweep/htmlTags.ts';

describe('htmlTags', () => {
  it('reads start tags with their attributes in order, names in lower case', () => {
    const tags = htmlTags('<HTML lang=fr><a href="/fr/" class=\'x\' hidden>x</a><img src=/a.png>');
    expect(tags).toEqual([
      { name: 'html', attrs: { lang: 'fr' } },
      { name: 'a', attrs: { href: '/fr/', class: 'x', hidden: '' } },
      { name: 'img', attrs: { src: '/a.png' } },
    ]);
  });

  it('keeps a quoted ">" inside an attribute value', () => {
    expect(htmlTags('<meta content="a > b" name="d">')[0]?.attrs).toEqual({
      content: 'a > b',
      name: 'd',
    });
  });

  it('ignores markup inside comments, scripts and styles but keeps their own tags', () => {
    const tags = htmlTags(
      '<!-- <a href="/c"> --><script src="/s.js">document.write("<a href=\\"/x\\">")</script><style>a{}</style>',
    );
    expect(tags).toEqual([
      { name: 'script', attrs: { src: '/s.js' } },
      { name: 'style', attrs: {} },
    ]);
  });

  it('decodes character references in attribute values', () => {
    expect(htmlTags('<a href="/q?a=1&amp;b=&#39;2&#x27;">')[0]?.attrs.href).toBe("/q?a=1&b='2'");
    expect(decodeEntities('&unknown; &lt;')).toBe('&unknown; <');
  });

  it('finds the language of the html element', () => {
    expect(htmlLang(htmlTags('<html lang="nl"><p lang="fr">'))).toBe('nl');
    expect(htmlLang(htmlTags('<p lang="fr">'))).toBeNull();
  });
});
