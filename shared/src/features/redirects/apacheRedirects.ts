import type { RedirectRule } from './resolveRedirects.ts';
import {
  decodedPath,
  encodedTarget,
  escapeRegExp,
  specificFirst,
  splitFrom,
} from './redirectUrls.ts';

/** In a pattern, a space would end the argument: PCRE reads `\x20` as one. */
const pattern = (text: string) => escapeRegExp(text).replace(/ /g, '\\x20');

/** In a substitution, `$` and `%` start back-references: escaped, they stay themselves. */
const substitution = (text: string) => encodedTarget(text).replace(/[$%]/g, '\\$&');

/**
 * The `.htaccess` rules (mod_rewrite). In a directory context Apache matches the decoded path
 * without its leading slash; the query string is matched raw by a `RewriteCond`. `QSD` drops
 * the old query string, `NE` keeps the target's escapes as they are.
 */
export function apacheRedirects(rules: readonly RedirectRule[], portal: string): string {
  const lines = [
    `# Redirects of ${portal}, written by each build from the CMS. See README.md.`,
    '<IfModule mod_rewrite.c>',
    'RewriteEngine On',
  ];
  for (const rule of specificFirst(rules)) {
    const { path, query } = splitFrom(rule);
    if (query !== null) lines.push(`RewriteCond %{QUERY_STRING} ^${pattern(query)}$`);
    const local = decodedPath(path).replace(/^\//, '');
    lines.push(
      `RewriteRule ^${pattern(local)}$ ${substitution(rule.to)} [R=${rule.status},L,QSD,NE]`,
    );
  }
  lines.push('</IfModule>');
  return `${lines.join('\n')}\n`;
}
