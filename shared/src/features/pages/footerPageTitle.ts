import type { UiKey } from '../../i18n/index.ts';
import type { FooterPage } from './pagePaths.ts';

/** The UI string naming a footer page: its `<h1>`, footer link and site-map entry. */
export function footerPageTitle(page: FooterPage): UiKey {
  const key: `pages.${FooterPage}.title` = `pages.${page}.title`;
  return key;
}
