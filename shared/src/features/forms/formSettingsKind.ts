import type { PortalRecord } from '@portals/content-models/payload-types';
import { collectionSlugs } from '@portals/content-models';
import { z } from 'zod';
import type { ContentKind } from '../../kit/contract.ts';
import { docIdSchema } from '@portals/shared/cms';

/** Days a message is kept when the portal record says nothing (the CMS field's default). */
export const defaultRetentionDays = 365;

const formSettingsDocSchema = z.object({
  id: docIdSchema,
  messageRetentionDays: z
    .number({ error: 'expected the retention period as a number of days' })
    .int()
    .positive()
    .nullish(),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
});

export const siteFormSettingsSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  retentionDays: z.number(),
});

export type SiteFormSettings = z.infer<typeof siteFormSettingsSchema>;

/**
 * What the forms' consent line says from the portal's record: how long messages are kept
 * (the retention job of the CMS deletes them after that), so the page and the job agree.
 */
export const formSettingsKind: ContentKind<
  z.output<typeof formSettingsDocSchema>,
  SiteFormSettings
> = {
  name: 'formSettings',
  singular: 'portal record',
  collection: collectionSlugs.portals,
  fields: ['messageRetentionDays', 'updatedAt'] as const satisfies readonly (keyof PortalRecord)[],
  drafts: false,
  byPortal: { field: 'portal', operator: 'equals' },
  docSchema: formSettingsDocSchema,
  entrySchema: siteFormSettingsSchema,
  toEntry: (doc) => ({
    id: doc.id,
    updatedAt: doc.updatedAt,
    retentionDays: doc.messageRetentionDays ?? defaultRetentionDays,
  }),
};

/** The retention period the consent line states. */
export function retentionDaysOf(settings: readonly SiteFormSettings[]): number {
  return settings[0]?.retentionDays ?? defaultRetentionDays;
}
