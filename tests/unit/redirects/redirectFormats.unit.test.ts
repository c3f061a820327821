import { describe, expect, it } from 'vitest';
import { apacheRedirects } from '@portals/shared/features/redirects/apacheRedirects.ts';
import { netlifyRedirects } from '@portals/shared/features/redirects/netlifyRedirects.ts';
import { nginxMap, nginxServer } from '@portals/shared/features/redirects/nginxRedirects.ts';
import { redirectsJson } from '@portals/shared/features/redirects/redirectFiles.ts';
import type { RedirectRule } from '@portals/shared/kit';

const rules: RedirectRule[] = [
  { from: '/fr/rooming-in', to: '/fr/articles/dormir/', status: 301, locale: 'fr' },
  { from: '/fr/été (2020).html', to: '/fr/agenda/', status: 302, locale: 'fr' },
  { from: '/?p=123', to: '/fr/articles/dormir/', status: 301, locale: 'fr' },
  { from: '/nl/prijs$', to: '/nl/100%25-gratis/', status: 301, locale: 'nl' },
  { from: '/fr/x', to: 'https://example.org/a"b', status: 301, locale: 'fr' },
];

describe('the rule files of the redirects', () => {
  it('writes nginx maps: exact path and query first, then the path alone by expression', () => {
    expect(nginxMap(rules, 'born-in-brussels').split('\n')).toEqual([
      '# Redirects of born-in-brussels, written by each build from the CMS. See README.md.',
      'map $request_uri $born_in_brussels_redirect_301 {',
      '    default "";',
      '    "/?p=123" "/fr/articles/dormir/";',
      String.raw`    "~^\\/fr\\/rooming\\-in(\\?.*)?$" "/fr/articles/dormir/";`,
      String.raw`    "~^\\/nl\\/prijs\\$(\\?.*)?$" "/nl/100%25-gratis/";`,
      String.raw`    "~^\\/fr\\/x(\\?.*)?$" "https://example.org/a%22b";`,
      '}',
      'map $request_uri $born_in_brussels_redirect_302 {',
      '    default "";',
      String.raw`    "~^\\/fr\\/%C3%A9t%C3%A9%20\\(2020\\)\\.html(\\?.*)?$" "/fr/agenda/";`,
      '}',
      '',
    ]);
  });

  it('encodes what nginx would read as a variable or the end of a string in a target', () => {
    const map = nginxMap(
      [{ from: '/?q="a b"', to: '/fr/prix$"{x}"/', status: 301, locale: 'fr' }],
      'p',
    );
    expect(map).toContain('    "/?q=%22a%20b%22" "/fr/prix%24%22%7Bx%7D%22/";');
  });

  it('returns each status from its own variable in the server block', () => {
    expect(nginxServer('hospichild')).toBe(
      [
        '# Redirects of hospichild: include in its server block (the maps at the http level).',
        'if ($hospichild_redirect_301) { return 301 $hospichild_redirect_301; }',
        'if ($hospichild_redirect_302) { return 302 $hospichild_redirect_302; }',
        '',
      ].join('\n'),
    );
  });

  it('writes Apache rules on the decoded path, the query string matched by a condition', () => {
    expect(apacheRedirects(rules, 'hospichild')).toBe(
      [
        '# Redirects of hospichild, written by each build from the CMS. See README.md.',
        '<IfModule mod_rewrite.c>',
        'RewriteEngine On',
        'RewriteCond %{QUERY_STRING} ^p=123$',
        'RewriteRule ^$ /fr/articles/dormir/ [R=301,L,QSD,NE]',
        'RewriteRule ^fr\\/rooming\\-in$ /fr/articles/dormir/ [R=301,L,QSD,NE]',
        'RewriteRule ^fr\\/été\\x20\\(2020\\)\\.html$ /fr/agenda/ [R=302,L,QSD,NE]',
        'RewriteRule ^nl\\/prijs\\$$ /nl/100\\%25-gratis/ [R=301,L,QSD,NE]',
        'RewriteRule ^fr\\/x$ https://example.org/a\\%22b [R=301,L,QSD,NE]',
        '</IfModule>',
        '',
      ].join('\n'),
    );
  });

  it('lists a query-string rule as a comment in _redirects, which cannot match one', () => {
    expect(netlifyRedirects(rules.slice(0, 3), 'hospichild').split('\n')).toEqual([
      '# Redirects of hospichild, written by each build from the CMS. See README.md.',
      '# needs a query string (?p=123): / /fr/articles/dormir/ 301',
      '/fr/rooming-in /fr/articles/dormir/ 301',
      '/fr/%C3%A9t%C3%A9%20(2020).html /fr/agenda/ 302',
      '',
    ]);
  });

  it('writes the JSON npm start reads, without the languages', () => {
    expect(JSON.parse(redirectsJson(rules.slice(0, 1)))).toEqual({
      rules: [{ from: '/fr/rooming-in', to: '/fr/articles/dormir/', status: 301 }],
    });
  });
});
