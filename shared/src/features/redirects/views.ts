import RedirectFallback from './RedirectFallback.astro';
import { renderRedirectRules } from './redirectFiles.ts';

/** The views of the redirects' route kinds, found by the kit. */
export const views = { redirectFallback: RedirectFallback };

/** The rule files' bodies. */
export const files = { redirectRules: renderRedirectRules };
