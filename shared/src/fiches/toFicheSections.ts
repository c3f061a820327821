import type { Locale } from '@portals/content-models';
import { richTextToHtml, type LexicalState } from '../richtext/index.ts';
import type { FicheSectionDoc } from './ficheDocSchema.ts';
import type { FicheSection } from './ficheTypes.ts';

export interface FicheSectionsInput<Key extends string> {
  /** The section keys in the fixed order the portals show them. */
  keys: readonly Key[];
  sections: Partial<Record<Key, FicheSectionDoc>>;
  /** The document's `updatedAt`: the date a section without a validation stamp shows. */
  updatedAt: string;
  onWarning(message: string): void;
}

/** True when rendered HTML shows nothing: an editor's emptied section leaves `<p></p>` behind. */
export function isBlankHtml(html: string): boolean {
  return (
    !/<(img|iframe|video|table)\b/i.test(html) && html.replace(/<[^>]*>|&nbsp;/g, '').trim() === ''
  );
}

/** Body headings sit under the section's own h2: each moves one level down (h6 stays h6). */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([2-6])\b/g, (_match, slash: string, level: string) => {
    return `<${slash}h${Math.min(Number(level) + 1, 6)}`;
  });
}

/**
 * The sections of a fiche with content in `locale`, in fixed order, rendered to sanitised HTML.
 * A section's date is its validation stamp (someone outside the team checked it), else the
 * document's last change.
 */
export function toFicheSections<Key extends string>(
  input: FicheSectionsInput<Key>,
  locale: Locale,
): FicheSection<Key>[] {
  return input.keys.flatMap((key) => {
    const section = input.sections[key];
    const body = section?.body[locale] as LexicalState | null | undefined;
    const html = demoteHeadings(
      richTextToHtml(body, { onWarning: (message) => input.onWarning(`${key}: ${message}`) }),
    );
    if (isBlankHtml(html)) return [];
    const validatedAt = section?.validation?.validatedAt;
    return [{ key, html, updatedAt: validatedAt ?? input.updatedAt }];
  });
}
