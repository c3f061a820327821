import { readChannelElements } from './readChannelElements.ts';
import { toWxrAuthor, toWxrCategory, toWxrItem } from './toWxrRecords.ts';
import { WxrError } from './WxrError.ts';
import type { WxrExport } from './wxrModel.ts';

/** Content types the import turns into documents; menus, revisions and the like are skipped. */
const importedTypes = new Set(['post', 'page', 'attachment']);

/**
 * Reads and validates a whole WXR export (streaming) into the import's model. Throws a
 * `WxrError` naming the line and element at fault: nothing is written before this succeeds.
 */
export async function parseWxr(file: string): Promise<WxrExport> {
  const parsed: WxrExport = { siteUrl: '', authors: [], categories: [], items: [] };
  let channelLink = '';
  await readChannelElements(file, (element) => {
    switch (element.name) {
      case 'item': {
        const item = toWxrItem(element);
        if (importedTypes.has(item.type) && item.status !== 'trash') parsed.items.push(item);
        break;
      }
      case 'wp:category':
        parsed.categories.push(toWxrCategory(element));
        break;
      case 'wp:author':
        parsed.authors.push(toWxrAuthor(element));
        break;
      case 'wp:base_site_url':
        parsed.siteUrl = element.text.trim();
        break;
      case 'link':
        channelLink = element.text.trim();
        break;
    }
  });
  parsed.siteUrl ||= channelLink;
  if (!parsed.siteUrl) {
    throw new WxrError(1, 'wp:base_site_url', 'the export names no site address');
  }
  return parsed;
}
