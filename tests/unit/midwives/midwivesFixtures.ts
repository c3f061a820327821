import { readFileSync } from 'node:fs';
import type { KitEntries, RouteContext } from '@portals/shared/kit';
import { midwifeKind } from '@portals/shared/features/midwives/midwifeKind.ts';

const docs = JSON.parse(
  readFileSync(new URL('../../fixtures/midwives/midwives.json', import.meta.url), 'utf8'),
) as unknown[];

/** The fixture midwives, mapped as the kit's loader maps them. */
export function fixtureMidwives() {
  return docs.map((doc) => midwifeKind.toEntry(midwifeKind.docSchema.parse(doc)));
}

export function midwivesContext(): RouteContext {
  return {
    locales: ['fr', 'nl'],
    entries: { midwives: fixtureMidwives() } as unknown as KitEntries,
  };
}
