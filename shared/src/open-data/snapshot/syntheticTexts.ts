import type { Bilingual } from '../Organisation.ts';
import type { SeededRandom } from './createSeededRandom.ts';
import type { OrganisationKind } from './organisationKinds.ts';
import { openingHours } from './syntheticVocabulary.ts';

/** The texts of one synthetic record, per language; null where the record leaves them empty. */
export interface SyntheticTexts {
  description: Bilingual<string | null>;
  activities: Bilingual<string>;
  hours: Bilingual<string>;
}

/** Two to four activities of the kind, in the directory's "intro:\n- item" layout. */
export function syntheticTexts(random: SeededRandom, kind: OrganisationKind): SyntheticTexts {
  const count = Math.min(kind.activities.fr.length, random.int(2, 4));
  const picked = random.sample([...kind.activities.fr.keys()], count).sort((a, b) => a - b);
  const bullets = (items: readonly string[]) => picked.map((i) => `\n- ${items[i]}`).join('');
  const template = random.pick(openingHours);
  const from = String(random.int(7, 9));
  const to = String(random.int(16, 19));
  const fill = (text: string) => text.replace('{a}', from).replace('{b}', to);
  const hasMission = random.chance(0.6);
  return {
    description: {
      fr: hasMission ? kind.mission.fr : null,
      nl: hasMission ? kind.mission.nl : null,
    },
    activities: {
      fr: `Activités proposées :${bullets(kind.activities.fr)}`,
      nl: `Aanbod:${bullets(kind.activities.nl)}`,
    },
    hours: { fr: fill(template.fr), nl: fill(template.nl) },
  };
}

/** Upper case, as the directory writes official names. */
export function officialName(text: string): string {
  return text.toLocaleUpperCase('fr-BE');
}

const minorWords = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'aux',
  'pour',
  'van',
  'het',
  'voor',
  'en',
  'in',
]);

/** Initials of the significant words: "Centre de planning familial" → "CPF". */
export function acronym(text: string): string {
  return text
    .split(/[\s’'-]+/)
    .filter((word) => word.length > 1 && !minorWords.has(word.toLowerCase()))
    .map((word) => word[0]?.toLocaleUpperCase('fr-BE') ?? '')
    .join('');
}

/** "Crèche Le Nid" → "creche-le-nid", for example.org host names. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
