export { convertBody, type ConvertedBody, type EditorConfig } from './convertBody.ts';
export type { ImportPlan, PlannedArticle, PlannedMedia, PlannedSection } from './importPlan.ts';
export { linkTargets, type LinkTarget } from './linkTargets.ts';
export { oldUrlsOfItem, sitePathOf } from './oldUrls.ts';
export { parseWxr } from './parseWxr.ts';
export { planImport } from './planImport.ts';
export { expandShortcodes } from './shortcodes.ts';
export { WxrError } from './WxrError.ts';
export type { WxrAuthor, WxrCategory, WxrExport, WxrItem, WxrLocale } from './wxrModel.ts';
