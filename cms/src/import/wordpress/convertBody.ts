import { convertHTMLToLexical } from '@payloadcms/richtext-lexical';
import { JSDOM } from 'jsdom';
import type { LexicalState } from './lexicalNodes.ts';
import type { LinkTargets } from './linkTargets.ts';
import { prepareHtml } from './prepareHtml.ts';
import { mediaToken, missingToken, rewriteLexical } from './rewriteLexical.ts';
import { expandShortcodes } from './shortcodes.ts';

/** The editor configuration of the articles' body (`editorConfigFactory.default`). */
export type EditorConfig = Parameters<typeof convertHTMLToLexical>[0]['editorConfig'];

export type ConvertedBody = {
  body: LexicalState;
  unknownShortcodes: string[];
  brokenLinks: string[];
  /** Images whose file is not in the `--media` folder, or that no attachment of the export describes. */
  missingImages: string[];
  /** What the rich text could not hold as it was: flattened tables, embeds become links. */
  notes: string[];
};

/**
 * WordPress content (block editor or classic) to the CMS's rich text, with Payload's own
 * HTML converter. Links and images still name the import's keys: `bindIds` swaps in ids.
 */
export function convertBody(
  html: string,
  options: {
    editorConfig: EditorConfig;
    targets: LinkTargets;
    /** The media of the plan by key: `file` is set when it is in the `--media` folder. */
    mediaOf: (mediaKey: string) => { file?: string; expectedFile: string } | undefined;
    locale: 'fr' | 'nl';
  },
): ConvertedBody {
  const shortcodes = expandShortcodes(html);
  const missingImages = new Set<string>();
  const { html: prepared, notes } = prepareHtml(shortcodes.html, (image) => {
    const ref = options.targets.mediaOf(image);
    const media = ref && options.mediaOf(ref.key);
    if (ref && media?.file) return mediaToken(ref.key);
    const source = media?.expectedFile ?? image.src ?? `wp-image-${image.attachmentId}`;
    const what = source.split('/').pop() ?? source;
    missingImages.add(what);
    return missingToken(what);
  });
  const converted = convertHTMLToLexical({
    editorConfig: options.editorConfig,
    html: prepared,
    JSDOM,
  });
  const { state, brokenLinks } = rewriteLexical(
    converted,
    (href) => options.targets.resolve(href),
    options.locale,
  );
  return {
    body: state,
    unknownShortcodes: shortcodes.unknown,
    brokenLinks,
    missingImages: [...missingImages],
    notes,
  };
}
