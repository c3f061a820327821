import { checksum } from './checksum.ts';
import { findImported } from './findImported.ts';
import { idKey, localesOf, writeContext, type ImportContext } from './importContext.ts';
import type { PlannedSection } from './importPlan.ts';
import { count } from './importReport.ts';
import { progress } from '../../seed/progress.ts';

/** Parents before their children, so each section's parent has an id when it is written. */
function parentsFirst(sections: readonly PlannedSection[]): PlannedSection[] {
  const byKey = new Map(sections.map((section) => [section.key, section]));
  const depth = (section: PlannedSection, seen = 0): number => {
    const parent = byKey.get(section.parentKey ?? '');
    return parent && seen < sections.length ? 1 + depth(parent, seen + 1) : 0;
  };
  return [...sections].sort((a, b) => depth(a) - depth(b));
}

/** Creates or updates the portal's sections of the plan (the tree has no drafts). */
export async function writeSections(context: ImportContext, sections: readonly PlannedSection[]) {
  const { payload, portal, ids, report } = context;
  const bar = progress('sections', sections.length, context.log);
  for (const section of parentsFirst(sections)) {
    const locales = localesOf(section.title, context.locales);
    const parent = section.parentKey ? ids.get(idKey('sections', section.parentKey)) : undefined;
    const fields = { portal, parent: parent ?? null, order: section.order };
    const sum = checksum({ fields, title: section.title, slug: section.slug });
    const wordpress = { key: section.key, checksum: sum };
    try {
      const existing = await findImported(payload, 'sections', section.candidates, portal);
      let id = existing?.id;
      if (existing?.wordpress?.checksum === sum) {
        count(report, 'sections', 'unchanged');
      } else {
        for (const locale of locales) {
          const data = {
            ...fields,
            title: section.title[locale] ?? '',
            slug: section.slug[locale],
            wordpress,
          };
          const common = { collection: 'sections', locale, data, context: writeContext } as const;
          id =
            id === undefined
              ? (await payload.create({ ...common, overrideAccess: true })).id
              : (await payload.update({ ...common, id, overrideAccess: true })).id;
        }
        count(report, 'sections', existing ? 'updated' : 'created');
      }
      if (id !== undefined) ids.set(idKey('sections', section.key), id);
    } catch (error) {
      count(report, 'sections', 'failed');
      report.warnings.push({ document: section.label, message: (error as Error).message });
    }
    bar.tick();
  }
}
