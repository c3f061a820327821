import { labelOf, type ImportWarning, type PlannedMedia } from './importPlan.ts';
import type { TranslationGroup } from './translationGroups.ts';
import type { WxrItem, WxrLocale } from './wxrModel.ts';

/** The path under `wp-content/uploads/` WordPress stored the file at (`2024/03/bain.png`). */
export function uploadPathOf(item: WxrItem): string {
  if (item.attachedFile) return item.attachedFile;
  const url = item.attachmentUrl ?? '';
  const at = url.indexOf('/uploads/');
  return at >= 0 ? decodeURI(url.slice(at + '/uploads/'.length)) : (url.split('/').pop() ?? '');
}

/**
 * Media from attachments: one per WPML group, the alternative text of each language kept
 * (the title stands in when WordPress had none, as the CMS requires one). A file missing from
 * the `--media` folder is reported by the import; the images that used it become a visible marker.
 */
export function planMedia(
  groups: readonly TranslationGroup<WxrItem>[],
  fileExists: (relativePath: string) => boolean,
  warnings: ImportWarning[],
): PlannedMedia[] {
  return groups.map((group) => {
    const key = `attachment:${group.primary.id}`;
    const expectedFile = uploadPathOf(group.primary);
    const media: PlannedMedia = {
      key,
      candidates: Object.values(group.byLocale).map((member) => `attachment:${member.id}`),
      label: labelOf(key, group.primary.title),
      expectedFile,
      file: fileExists(expectedFile) ? expectedFile : undefined,
      alt: {},
      oldUrls: [],
    };
    for (const [locale, member] of Object.entries(group.byLocale) as [WxrLocale, WxrItem][]) {
      const alt = member.alt ?? member.title;
      if (!member.alt) {
        warnings.push({
          document: media.label,
          message: `no alternative text in ${locale}: the title stands in`,
        });
      }
      media.alt[locale] = alt;
    }
    return media;
  });
}
