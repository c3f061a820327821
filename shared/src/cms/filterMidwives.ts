import type { BrusselsCommune, SpokenLanguage } from '@portals/content-models';
import type { SiteMidwife } from './midwifeDocSchema.ts';

/** What a family looks for; an unset criterion keeps everyone. */
export interface MidwifeFilter {
  /** A language the midwife speaks, e.g. `ar`. */
  language?: SpokenLanguage | undefined;
  /** A commune she covers, e.g. `schaerbeek`. */
  commune?: BrusselsCommune | undefined;
}

/** The midwives matching every criterion given, in their original order. */
export function filterMidwives(
  midwives: readonly SiteMidwife[],
  { language, commune }: MidwifeFilter = {},
): SiteMidwife[] {
  return midwives.filter(
    (midwife) =>
      (language === undefined || midwife.languages.includes(language)) &&
      (commune === undefined || midwife.communes.includes(commune)),
  );
}
