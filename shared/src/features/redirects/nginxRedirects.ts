import type { RedirectRule } from './resolveRedirects.ts';
import {
  encodedPath,
  encodedTarget,
  escapeRegExp,
  specificFirst,
  splitFrom,
} from './redirectUrls.ts';

/** The files of the nginx rules, at the root of every build. */
export const nginxMapFile = 'nginx-redirects-map.conf';
export const nginxServerFile = 'nginx-redirects.conf';

/** A double-quoted nginx string (keys are never read for variables, so `$` anchors stay). */
function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** A target: in a value, `$` would start a variable, so it is percent-encoded. */
const target = (to: string) => quoted(encodedTarget(to).replace(/\$/g, '%24'));

/** The portal's variable: several portals can share one nginx `http` block. */
export function nginxVariable(portal: string, status: 301 | 302): string {
  return `$${portal.replace(/[^A-Za-z0-9]/g, '_')}_redirect_${status}`;
}

/**
 * The `map` blocks (include at the `http` level): `$request_uri` (path and query as sent)
 * matched exactly for the old URLs with a query string, then by a regular expression on the
 * path alone, with or without a query. nginx tries exact keys before expressions.
 */
export function nginxMap(rules: readonly RedirectRule[], portal: string): string {
  const lines = [`# Redirects of ${portal}, written by each build from the CMS. See README.md.`];
  for (const status of [301, 302] as const) {
    lines.push(`map $request_uri ${nginxVariable(portal, status)} {`, '    default "";');
    for (const rule of specificFirst(rules).filter((each) => each.status === status)) {
      const { path, query } = splitFrom(rule);
      const key =
        query === null
          ? quoted(`~^${escapeRegExp(encodedPath(path))}(\\?.*)?$`)
          : quoted(`${encodedPath(path)}?${encodedPath(query)}`);
      lines.push(`    ${key} ${target(rule.to)};`);
    }
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}

/** The `return` of each status (include in the portal's `server` block). */
export function nginxServer(portal: string): string {
  return [
    `# Redirects of ${portal}: include in its server block (the maps at the http level).`,
    ...([301, 302] as const).map(
      (status) =>
        `if (${nginxVariable(portal, status)}) { return ${status} ${nginxVariable(portal, status)}; }`,
    ),
    '',
  ].join('\n');
}
