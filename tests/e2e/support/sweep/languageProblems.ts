import type { Portal } from '@portals/content-models';
import { htmlLang, htmlTags } from './htmlTags.ts';
import { mapLimit } from './sitemapUrls.ts';

/** An address to fetch and what it must answer. */
export interface LanguageExpectation {
  url: string;
  status: number;
  /** The `<html lang>`. */
  lang: string;
  /** Languages that must also appear on `lang` attributes inside the page (the root pages). */
  parts: readonly string[];
}

/**
 * What each address must answer: every sitemap URL 200 in its path's language; the root
 * language chooser 200 and the root 404 in the portal's first language with a part in each
 * other one; an unknown address under each language that language's 404 page.
 */
export function languageExpectations(
  portal: Portal,
  siteUrl: string,
  sitemap: readonly string[],
): LanguageExpectation[] {
  const [first = 'fr', ...others] = portal.locales;
  const localeOf = (url: string) => new URL(url).pathname.split('/')[1] ?? '';
  const missing = `sweep-${Date.now().toString(36)}-absent/`;
  const expectations: LanguageExpectation[] = sitemap.map((url) => {
    const locale = localeOf(url);
    const isRoot = new URL(url).pathname === '/';
    return isRoot
      ? { url, status: 200, lang: first, parts: others }
      : { url, status: 200, lang: locale, parts: [] };
  });
  if (!expectations.some((expectation) => new URL(expectation.url).pathname === '/')) {
    expectations.push({ url: `${siteUrl}/`, status: 200, lang: first, parts: others });
  }
  expectations.push({ url: `${siteUrl}/${missing}`, status: 404, lang: first, parts: others });
  for (const locale of portal.locales) {
    expectations.push({
      url: `${siteUrl}/${locale}/${missing}`,
      status: 404,
      lang: locale,
      parts: [],
    });
  }
  return expectations;
}

/** Fetches every address, a few at a time, and lists each wrong status or language. */
export async function languageProblems(
  expectations: readonly LanguageExpectation[],
  portal: Portal,
): Promise<string[]> {
  const answers = await mapLimit(expectations, 8, async (expected) => {
    const response = await fetch(expected.url, { redirect: 'manual' });
    const tags = htmlTags(await response.text());
    const problems: string[] = [];
    const where = new URL(expected.url).pathname;
    if (response.status !== expected.status) {
      problems.push(`${where}: answered ${response.status}, expected ${expected.status}`);
    }
    const lang = htmlLang(tags);
    if (!(portal.locales as readonly string[]).includes(expected.lang)) {
      problems.push(
        `${where}: not under one of the portal's languages (${portal.locales.join(', ')})`,
      );
    } else if (lang !== expected.lang) {
      problems.push(`${where}: <html lang="${lang ?? ''}">, expected "${expected.lang}"`);
    }
    for (const part of expected.parts) {
      if (!tags.some((tag) => tag.name !== 'html' && tag.attrs.lang === part)) {
        problems.push(`${where}: no part marked lang="${part}"`);
      }
    }
    return problems;
  });
  return answers.flat();
}
