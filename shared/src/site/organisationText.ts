import type { Locale } from '@portals/content-models';
import type { Bilingual } from '../open-data/Organisation.ts';

/** A text with the language it is written in, for the `lang` attribute. */
export interface LocalText {
  text: string;
  lang: Locale;
}

/** A piece of the directory's free text: a paragraph, or lines that started with "- ". */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const bilingualLocales = ['fr', 'nl'] as const satisfies readonly Locale[];

/**
 * The text in the page's language, else in the other one: many records are written in one
 * language only, and a French mission on a Dutch page beats no mission (its `lang` says so).
 */
export function localText(value: Bilingual<string | null>, locale: Locale): LocalText | null {
  const own = value[locale];
  if (own) return { text: own, lang: locale };
  const other = bilingualLocales.find((lang) => lang !== locale && value[lang]);
  return other ? { text: value[other] as string, lang: other } : null;
}

/** Shorter than this, a line ending with ":" only introduces a list ("Activités proposées :"). */
const introLength = 40;

/**
 * The opening of a text, cut at a word near `max` characters: the summary of a list item.
 * A line that only introduces bullets says nothing, so the bullets stand in for it.
 */
export function shortText(text: string, max = 200): string {
  const [first, next] = textBlocks(text);
  let line = first?.kind === 'paragraph' ? first.text : (first?.items.join(', ') ?? '');
  if (first?.kind === 'paragraph' && next?.kind === 'list' && isIntro(first.text))
    line = next.items.join(', ');
  line = line.replace(/\s*:$/, '');
  line = line.charAt(0).toUpperCase() + line.slice(1);
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max - 1);
  return `${line.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;.:]+$/, '')}…`;
}

function isIntro(line: string): boolean {
  return line.endsWith(':') && line.length < introLength;
}

/** Splits free text into paragraphs and bullet lists ("- item" lines), for real `<ul>`s. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = /^[-•]\s*(.+)$/.exec(line)?.[1];
    const last = blocks.at(-1);
    if (bullet && last?.kind === 'list') last.items.push(bullet);
    else if (bullet) blocks.push({ kind: 'list', items: [bullet] });
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}
