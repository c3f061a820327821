import type { Locale } from '@portals/content-models';
import type { SiteRoute } from '../../kit/contract.ts';
import { documentPathIndex } from './documentPathIndex.ts';
import type { SiteRedirect } from './siteRedirectSchema.ts';

/** One redirect as the servers apply it: one hop, from an old path to a live target. */
export interface RedirectRule {
  /** The old path, with its query string when the record has one (`/?p=123`). */
  from: string;
  /** A site path (with its trailing slash when a page lives there) or an absolute URL. */
  to: string;
  status: 301 | 302;
  locale: Locale;
}

export interface ResolvedRedirects {
  rules: RedirectRule[];
  /** One line per record left out, naming it, for the build log. */
  warnings: string[];
}

const isAbsolute = (target: string) => /^https?:\/\//i.test(target);
const pathPart = (target: string) => target.split(/[?#]/)[0] ?? target;

/** The language of an old URL: the record's, else the one its path starts with, else the first. */
function localeOf(redirect: SiteRedirect, locales: readonly Locale[]): Locale {
  const first = redirect.from.split(/[/?]/)[1] ?? '';
  return redirect.locale ?? locales.find((locale) => locale === first) ?? locales[0] ?? 'fr';
}

/**
 * Turns the portal's redirect records into server rules against the route table:
 * document targets become their page's path in the record's language (so they follow
 * renames), path targets gain the slash of the page they name, chains collapse to one hop,
 * and loops, dead document targets, duplicates and redirects shadowing a live page are left
 * out with a warning naming the record.
 */
export function resolveRedirects(
  redirects: readonly SiteRedirect[],
  routes: readonly SiteRoute[],
  locales: readonly Locale[],
): ResolvedRedirects {
  const warnings: string[] = [];
  const live = new Set(routes.map((route) => route.path));
  live.add('/');
  const isLive = (path: string) => live.has(path) || (!path.endsWith('/') && live.has(`${path}/`));
  const documents = documentPathIndex(routes, locales);
  const name = (redirect: SiteRedirect) => `redirect ${redirect.id} (${redirect.from})`;

  const direct = new Map<string, RedirectRule & { name: string }>();
  for (const redirect of [...redirects].sort((a, b) => Number(a.id) - Number(b.id))) {
    const locale = localeOf(redirect, locales);
    if (direct.has(redirect.from)) {
      warnings.push(`${name(redirect)}: another redirect has the same old path: left out`);
      continue;
    }
    if (!redirect.from.includes('?') && isLive(redirect.from)) {
      warnings.push(`${name(redirect)}: a page lives at this path: left out`);
      continue;
    }
    let to: string | null = redirect.toPath;
    if (redirect.toDocument) {
      to = documents.pathOf(redirect.toDocument, locale);
      if (!to) {
        const { collection, id } = redirect.toDocument;
        warnings.push(
          `${name(redirect)}: ${collection} ${id} has no page on this portal: left out`,
        );
        continue;
      }
    } else if (
      to &&
      !isAbsolute(to) &&
      !pathPart(to).endsWith('/') &&
      live.has(`${pathPart(to)}/`)
    ) {
      to = `${pathPart(to)}/${to.slice(pathPart(to).length)}`;
    }
    if (!to) {
      warnings.push(`${name(redirect)}: no target: left out`);
      continue;
    }
    direct.set(redirect.from, {
      from: redirect.from,
      to,
      status: redirect.status,
      locale,
      name: name(redirect),
    });
  }

  const rules: RedirectRule[] = [];
  for (const rule of direct.values()) {
    const visited = [rule.from];
    let to = rule.to;
    let next = direct.get(to);
    while (next && !visited.includes(next.from)) {
      visited.push(next.from);
      to = next.to;
      next = direct.get(to);
    }
    if (next || visited.includes(to)) {
      warnings.push(
        `${rule.name}: leads back to itself (${[...visited, to].join(' → ')}): left out`,
      );
      continue;
    }
    rules.push({ from: rule.from, to, status: rule.status, locale: rule.locale });
  }
  return { rules, warnings };
}
