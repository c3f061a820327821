import { documentSegments, kindListPath, type Locale } from '@portals/content-models';

/** The URL segment of the FAQ page, in each language. */
export const faqSegment: Record<Locale, string> = documentSegments.faq;

/** `/fr/questions-frequentes/`: the FAQ page of a language. */
export function faqPath(locale: Locale): string {
  return kindListPath('faq', locale);
}

/** `/fr/questions-frequentes/assistant.json`: the FAQ assistant's index of a language. */
export function faqAssistantIndexPath(locale: Locale): string {
  return `${faqPath(locale)}assistant.json`;
}

/** The fragment of one answer on the FAQ page (`faq-{id}`): see content-models. */
export { faqAnchor } from '@portals/content-models';

/** The fragment of a theme's group on the FAQ page. */
export function faqThemeAnchor(themeId: string | null): string {
  return themeId === null ? 'theme-other' : `theme-${themeId}`;
}
