import type { RouteBase } from '../kit/contract.ts';
import type { PageHead } from '../site/pageHead.ts';
import { xDefaultOf } from '../site/pageLinks.ts';

/** The head and language-switch data of a kit route, ready to spread on `BaseLayout`. */
export function kitPageHead(route: RouteBase): PageHead {
  return {
    locale: route.locale,
    currentPath: route.path,
    canonicalPath: route.canonicalPath,
    alternates: route.alternates,
    xDefault: xDefaultOf(route.alternates),
    languageSwitch: route.languageSwitch,
    noindex: !route.indexable,
  };
}
