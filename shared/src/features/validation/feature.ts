import type { PortalFeature } from '../../kit/contract.ts';
import { referentKind } from '../faq/referentKind.ts';
import { articleValidationKind, type SiteArticleValidation } from './articleValidationKind.ts';
import type { SiteRevision } from './readRevisions.ts';
import { revisionsLoader } from './revisionsLoader.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    articleValidations: SiteArticleValidation;
    revisions: SiteRevision & { updatedAt: string };
  }
}

/**
 * Validation by referent organisations (issue #11): every article whose theme has a referent
 * organisation says « Contenu validé par <organisation> le <date> », from the approval the
 * workflow stamps, or « en cours de révision » (the rule: `revisionReasons` in content-models),
 * and lists the organisations of its themes as where to get help, with their addresses. It
 * adds no page: its parts show on the article pages (`articleParts` in `views.ts`).
 */
export const validationFeature = {
  name: 'validation',
  kinds: [articleValidationKind, referentKind],
  loaders: { revisions: revisionsLoader },
} satisfies PortalFeature;
