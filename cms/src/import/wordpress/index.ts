export { parseWxr } from './parseWxr.ts';
export { WxrError } from './WxrError.ts';
export type { WxrAuthor, WxrCategory, WxrExport, WxrItem, WxrLocale } from './wxrModel.ts';
