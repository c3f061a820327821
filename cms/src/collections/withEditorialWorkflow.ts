import { titleFields } from '@portals/content-models';
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { announceWorkflowChange } from '../hooks/announceWorkflowChange.ts';
import { assignWriter } from '../hooks/assignWriter.ts';
import { enforceWorkflow } from '../hooks/enforceWorkflow.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { refuseReferentPublishing } from '../hooks/refuseReferentPublishing.ts';
import { trackTranslations } from '../hooks/trackTranslations.ts';
import { draftableAccess, guardScopeFields } from './editorialAccess.ts';
import { translationTable } from './translationTable.ts';

function titleOf(slug: string): string {
  return (titleFields as Record<string, string | undefined>)[slug] ?? 'title';
}

export interface EditorialWorkflowOptions {
  /** Referents of the document's themes review it (and may not publish it). @default false */
  themed?: boolean;
  /**
   * Field the slug is filled from, or false for a collection without a slug.
   * @default the collection's title field (`titleFields` in content-models)
   */
  slugFrom?: string | false;
  /** Hooks run after the workflow's own `beforeChange` hooks. @default [] */
  beforeChange?: CollectionBeforeChangeHook[];
}

/**
 * Composes the editorial workflow on a content model: drafts readable by editors (and
 * referents when themed), writer and workflow state, translation tracking, workflow e-mails.
 * Every validated collection takes the same steps in the same order, so they live here once.
 */
export function withEditorialWorkflow(
  model: CollectionConfig,
  options: EditorialWorkflowOptions = {},
): CollectionConfig {
  const { themed = false, beforeChange = [] } = options;
  const slugFrom = options.slugFrom ?? titleOf(model.slug);
  return {
    ...model,
    fields: [...(themed ? guardScopeFields(model.fields) : model.fields), translationTable()],
    access: draftableAccess({ themed }),
    hooks: {
      ...(themed && { beforeOperation: [refuseReferentPublishing] }),
      ...(slugFrom && { beforeValidate: [fillSlugFromTitle(undefined, { from: slugFrom })] }),
      beforeChange: [
        ensurePortalsAssigned('portals'),
        assignWriter,
        enforceWorkflow,
        trackTranslations,
        ...beforeChange,
      ],
      afterChange: [announceWorkflowChange],
    },
  };
}
