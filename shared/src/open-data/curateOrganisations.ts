import type { DirectoryCuration, LocalNote } from './DirectoryCuration.ts';
import type { Organisation } from './Organisation.ts';

/** An organisation a portal shows, with the portal's note about it. */
export interface CuratedOrganisation {
  organisation: Organisation;
  note: LocalNote | null;
}

export interface CuratedDirectory {
  /** In the directory's order; sorting is the pages' business (it depends on the language). */
  entries: CuratedOrganisation[];
  /** Rules that select nothing and notes that show nowhere: what an editor should look at. */
  warnings: string[];
}

type RelationRule = 'categoryIds' | 'sectorIds' | 'agreementIds';

interface Relation {
  name: string;
  plural: string;
  of: (org: Organisation) => number[];
}

const relations: Record<RelationRule, Relation> = {
  categoryIds: {
    name: 'category',
    plural: 'categories',
    of: (org) => org.categories.map((category) => category.id),
  },
  sectorIds: { name: 'sector', plural: 'sectors', of: (org) => org.sectorIds },
  agreementIds: { name: 'agreement', plural: 'agreements', of: (org) => org.agreementIds },
};

/**
 * The organisations a portal's directory shows: those in any chosen category, sector or
 * agreement, plus those chosen by id. Pure, so the rules are tested without a build.
 */
export function curateOrganisations(
  organisations: readonly Organisation[],
  curation: DirectoryCuration,
): CuratedDirectory {
  const chosenIds = new Set(curation.organisationIds ?? []);
  const rules = (Object.keys(relations) as RelationRule[]).map((rule) => ({
    ...relations[rule],
    ids: new Set(curation[rule] ?? []),
  }));
  const shown = organisations.filter(
    (org) =>
      chosenIds.has(org.id) || rules.some((rule) => rule.of(org).some((id) => rule.ids.has(id))),
  );
  const warnings = unusedRules(organisations, rules, chosenIds);

  const shownIds = new Set(shown.map((org) => org.id));
  const notes = new Map<number, LocalNote>();
  for (const { organisationId, text } of curation.notes ?? []) {
    if (shownIds.has(organisationId)) notes.set(organisationId, text);
    else
      warnings.push(
        `the note about organisation ${organisationId} shows nowhere: the curation does not select it`,
      );
  }
  if (shown.length === 0)
    warnings.push('the curation selects no organisation: the directory is empty');

  return {
    entries: shown.map((organisation) => ({
      organisation,
      note: notes.get(organisation.id) ?? null,
    })),
    warnings,
  };
}

/** Rules that select nothing: a typo, a category emptied upstream, a relation not published. */
function unusedRules(
  organisations: readonly Organisation[],
  rules: readonly (Relation & { ids: Set<number> })[],
  chosenIds: Set<number>,
): string[] {
  const warnings: string[] = [];
  for (const rule of rules) {
    if (rule.ids.size === 0) continue;
    const carried = new Set(organisations.flatMap(rule.of));
    if (carried.size === 0) {
      warnings.push(
        `the curation selects by ${rule.name} ids, but no record carries its ${rule.plural}: that rule selects nothing`,
      );
      continue;
    }
    const unused = [...rule.ids].filter((id) => !carried.has(id));
    if (unused.length > 0)
      warnings.push(`no organisation is in ${rule.name} ${unused.join(', ')} of the curation`);
  }
  const present = new Set(organisations.map((org) => org.id));
  const missing = [...chosenIds].filter((id) => !present.has(id));
  if (missing.length > 0)
    warnings.push(
      `organisation ${missing.join(', ')} of the curation is not in the directory (removed from Bruxelles Social?)`,
    );
  return warnings;
}
