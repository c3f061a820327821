import type { Bilingual } from '../Organisation.ts';
import { familyKinds } from './familyKinds.ts';
import { sickChildKinds } from './sickChildKinds.ts';

/** A kind of service the synthetic generator invents organisations of. */
export interface OrganisationKind {
  name: Bilingual<string>;
  /** Real `/rest/search/category` ids; the generator fails if one is missing from the table. */
  categoryIds: readonly number[];
  /** Real `/rest/legalstatus` ids. */
  legalStatusIds: readonly number[];
  mission: Bilingual<string>;
  /** Candidate bullets; a record takes two to four of them. */
  activities: Bilingual<readonly string[]>;
  public: Bilingual<string>;
}

/** Every kind the generator draws from. */
export const organisationKinds: readonly OrganisationKind[] = [...familyKinds, ...sickChildKinds];
