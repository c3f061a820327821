import type { RedirectRule } from './resolveRedirects.ts';
import { encodedPath, encodedTarget, specificFirst, splitFrom } from './redirectUrls.ts';

/**
 * The `_redirects` file of Netlify and Cloudflare Pages: one `from to status` line per rule.
 * Neither matches a literal query string, so those rules are listed as comments.
 */
export function netlifyRedirects(rules: readonly RedirectRule[], portal: string): string {
  const lines = [`# Redirects of ${portal}, written by each build from the CMS. See README.md.`];
  for (const rule of specificFirst(rules)) {
    const { path, query } = splitFrom(rule);
    const line = `${encodedPath(path)} ${encodedTarget(rule.to)} ${rule.status}`;
    lines.push(query === null ? line : `# needs a query string (?${query}): ${line}`);
  }
  return `${lines.join('\n')}\n`;
}
