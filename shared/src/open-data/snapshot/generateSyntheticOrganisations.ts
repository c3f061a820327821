import type { Bilingual } from '../Organisation.ts';
import type { Category, LegalStatus } from '../schemas/lookupSchemas.ts';
import { syntheticIdFloor } from '../syntheticMarker.ts';
import { brusselsCommunes } from './brusselsCommunes.ts';
import { createSeededRandom, type SeededRandom } from './createSeededRandom.ts';
import { organisationKinds, type OrganisationKind } from './organisationKinds.ts';
import type { RawCategoryRecord, RawOrganisationRecord } from './RawOrganisationRecord.ts';
import { syntheticRecord } from './syntheticRecord.ts';
import { organisationNicknames } from './syntheticVocabulary.ts';

export interface SyntheticOptions {
  /** @default 300 */
  count?: number;
  /** @default 20240115 */
  seed?: number;
  /** The recorded `/rest/search/category` table: categories are real ids with real titles. */
  categories: readonly Category[];
  /** The recorded `/rest/legalstatus` table. */
  legalStatuses: readonly LegalStatus[];
}

/**
 * Fabricates organisation records with exactly the 52 keys and types of a real answer,
 * ids from 900 001 and a remark saying they are fictitious. Same options, same records.
 */
export function generateSyntheticOrganisations(options: SyntheticOptions): RawOrganisationRecord[] {
  const random = createSeededRandom(options.seed ?? 20240115);
  const categoryById = new Map(options.categories.map((category) => [category.id, category]));
  const statusById = new Map(options.legalStatuses.map((status) => [status.id, status]));
  const takenNames = new Set<string>();
  return Array.from({ length: options.count ?? 300 }, (_, index) => {
    const kind = random.pick(organisationKinds);
    const categoryIds = random.sample(
      kind.categoryIds,
      random.int(1, Math.min(3, kind.categoryIds.length)),
    );
    const statusId = random.pick(kind.legalStatusIds);
    const status = statusById.get(statusId);
    if (!status) throw new Error(`Legal status ${statusId} is missing from the recorded table`);
    return syntheticRecord(random, {
      id: syntheticIdFloor + index + 1,
      kind,
      name: uniqueName(random, kind, takenNames),
      categories: categoryIds.map((id) => categoryRecord(categoryById, id)),
      legalStatus: { id: status.id, labelFr: status.labelFr, labelNl: status.labelNl },
    });
  });
}

/** "Crèche Le Nid", or "Crèche Le Nid - Jette" when a sister organisation already took it. */
function uniqueName(
  random: SeededRandom,
  kind: OrganisationKind,
  taken: Set<string>,
): Bilingual<string> {
  for (;;) {
    const nickname = random.pick(organisationNicknames);
    const commune = random.pick(brusselsCommunes);
    const candidates = [
      { fr: `${kind.name.fr} ${nickname.fr}`, nl: `${kind.name.nl} ${nickname.nl}` },
      {
        fr: `${kind.name.fr} ${nickname.fr} - ${commune.fr}`,
        nl: `${kind.name.nl} ${nickname.nl} - ${commune.nl}`,
      },
    ];
    const free = candidates.find((name) => !taken.has(name.fr));
    if (free) {
      taken.add(free.fr);
      return free;
    }
  }
}

/** The category as embedded in `categoriesObject`: the table's item, keys in its order. */
function categoryRecord(table: ReadonlyMap<number, Category>, id: number): RawCategoryRecord {
  const category = table.get(id);
  if (!category) throw new Error(`Category ${id} is missing from the recorded category table`);
  const { titleFr, titleNl, descriptionFr, descriptionNl, urlsFr, urlsNl, keywordsFr, keywordsNl } =
    category;
  const { order, organisationsCount } = category;
  return {
    id,
    titleFr,
    titleNl,
    descriptionFr,
    descriptionNl,
    urlsFr,
    urlsNl,
    keywordsFr,
    keywordsNl,
    order,
    organisationsCount,
  };
}
