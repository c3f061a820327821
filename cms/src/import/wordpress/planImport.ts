import type { ImportPlan, ImportWarning } from './importPlan.ts';
import { languageFolderOf } from './oldUrls.ts';
import { planArticles } from './planArticles.ts';
import { planMedia } from './planMedia.ts';
import { limitDepth, planCategorySections, planPageSections } from './planSections.ts';
import { translationGroups, type TranslationGroup } from './translationGroups.ts';
import type { WxrExport, WxrItem, WxrLocale } from './wxrModel.ts';

export type PlanOptions = {
  /** The portal's languages, its default first: other languages are left out (reported). */
  locales: readonly WxrLocale[];
  /** Whether a file exists in the `--media` folder, by its path under `uploads/`. */
  fileExists: (relativePath: string) => boolean;
};

/** Drops the versions in languages the portal does not publish, and groups left empty. */
function inPortalLocales(
  groups: TranslationGroup<WxrItem>[],
  locales: readonly WxrLocale[],
  warnings: ImportWarning[],
): TranslationGroup<WxrItem>[] {
  return groups.filter((group) => {
    for (const [locale, member] of Object.entries(group.byLocale) as [WxrLocale, WxrItem][]) {
      if (locales.includes(locale)) continue;
      warnings.push({
        document: `${member.type}:${member.id}`,
        message: `language ${locale} is not one of the portal's: left out`,
      });
      delete group.byLocale[locale];
    }
    return Object.keys(group.byLocale).length > 0;
  });
}

/**
 * Decides every document of the import from the validated export, before anything is
 * written: sections, media and articles with their translations paired, and their old URLs.
 */
export function planImport(wxr: WxrExport, options: PlanOptions): ImportPlan {
  const warnings: ImportWarning[] = [];
  const fallback = options.locales[0] ?? 'fr';
  const groupsOf = (items: WxrItem[]) =>
    inPortalLocales(translationGroups(items, fallback), options.locales, warnings);
  const documents = groupsOf(wxr.items.filter((item) => item.type !== 'attachment'));
  const attachments = groupsOf(wxr.items.filter((item) => item.type === 'attachment'));

  const languageFolders = {
    fr: languageFolderOf(wxr.items, 'fr', wxr.siteUrl),
    nl: languageFolderOf(wxr.items, 'nl', wxr.siteUrl),
  };
  const categories = planCategorySections(
    wxr.categories.filter((category) => options.locales.includes(category.locale ?? fallback)),
    fallback,
    languageFolders,
  );
  const { articles, pageSections } = planArticles(
    documents,
    (slug) => categories.keyOfSlug.get(slug),
    wxr.siteUrl,
    warnings,
  );
  const sections = limitDepth(
    [...categories.sections, ...planPageSections(pageSections)],
    warnings,
  );
  const media = planMedia(attachments, options.fileExists, warnings);
  return { sections, media, articles, warnings };
}
