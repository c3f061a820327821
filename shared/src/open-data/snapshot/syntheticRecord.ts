import type { Bilingual } from '../Organisation.ts';
import { syntheticRemark } from '../syntheticMarker.ts';
import { brusselsCommunes } from './brusselsCommunes.ts';
import type { SeededRandom } from './createSeededRandom.ts';
import type { OrganisationKind } from './organisationKinds.ts';
import type { RawCategoryRecord, RawOrganisationRecord } from './RawOrganisationRecord.ts';
import { syntheticAddress } from './syntheticAddress.ts';
import {
  syntheticContacts,
  syntheticEnterpriseNumber,
  syntheticLastUpdate,
} from './syntheticContacts.ts';
import { acronym, officialName, slug, syntheticTexts } from './syntheticTexts.ts';
import { accessModes, languageStatuses } from './syntheticVocabulary.ts';

export interface SyntheticIdentity {
  id: number;
  kind: OrganisationKind;
  name: Bilingual<string>;
  categories: RawCategoryRecord[];
  legalStatus: NonNullable<RawOrganisationRecord['legalStatus']>;
}

/** One fabricated record; the key order is that of the recorded /rest/organisation/13219. */
export function syntheticRecord(
  random: SeededRandom,
  identity: SyntheticIdentity,
): RawOrganisationRecord {
  const { id, kind, name } = identity;
  const langStatus = weightedLanguageStatus(random);
  // A monolingual organisation writes its own-language name in both columns.
  const names =
    langStatus === 'FR'
      ? { fr: name.fr, nl: name.fr }
      : langStatus === 'NL'
        ? { fr: name.nl, nl: name.nl }
        : name;
  // Monolingual records often leave the other language's texts empty: exercises fallbacks.
  const untranslated = langStatus !== 'FR-NL' && random.chance(0.5);
  const french = (text: string | null): string | null =>
    untranslated && langStatus === 'NL' ? null : text;
  const dutch = (text: string | null): string | null =>
    untranslated && langStatus === 'FR' ? null : text;
  const texts = syntheticTexts(random, kind);
  const access = random.sample(accessModes, random.int(1, 3));
  const withAcronym = random.chance(0.3);
  const address = random.chance(0.05)
    ? null
    : syntheticAddress(random, random.pick(brusselsCommunes));
  return {
    id,
    legalStatus: identity.legalStatus,
    isInterpreting: random.chance(0.1),
    address,
    categories: null,
    categoriesObject: identity.categories,
    sectorsObjects: null,
    nameOfficialFr: officialName(names.fr),
    nameOfficialNl: officialName(names.nl),
    descriptionFr: french(texts.description.fr),
    descriptionNl: dutch(texts.description.nl),
    activitiesFr: french(texts.activities.fr),
    activitiesNl: dutch(texts.activities.nl),
    accessFr: access.map((mode) => mode.fr),
    accessNl: access.map((mode) => mode.nl),
    permanencyFr: french(texts.hours.fr),
    permanencyNl: dutch(texts.hours.nl),
    publicFr: french(kind.public.fr),
    publicNl: dutch(kind.public.nl),
    publicationFr: [],
    publicationNl: [],
    remarkFr: syntheticRemark.fr,
    remarkNl: syntheticRemark.nl,
    pmRp: [syntheticEnterpriseNumber(id)],
    langStatus,
    lastUpdate: syntheticLastUpdate(random),
    startDate: null,
    type: null,
    nameAlternativeFr: withAcronym ? [acronym(baseName(names.fr))] : [],
    nameAlternativeNl: withAcronym ? [acronym(baseName(names.nl))] : [],
    nameFormerFr: [],
    nameFormerNl: [],
    nameServiceFr: [],
    nameServiceNl: [],
    ...syntheticContacts(random, slug(name.fr), langStatus === 'FR-NL'),
    otherAgreementFr: [],
    otherAgreementNl: [],
    subventionFr: [],
    subventionNl: [],
  };
}

/** The name without its " - COMMUNE" suffix: acronyms stand for the organisation, not its place. */
function baseName(name: string): string {
  return name.split(' - ')[0] ?? name;
}

function weightedLanguageStatus(random: SeededRandom): string {
  const total = languageStatuses.reduce((sum, status) => sum + status.weight, 0);
  let roll = random.next() * total;
  for (const status of languageStatuses) {
    roll -= status.weight;
    if (roll < 0) return status.value;
  }
  return 'FR-NL';
}
