/** A value in French and in Dutch, the two languages of the directory and of the portals. */
export interface Bilingual<T> {
  fr: T;
  nl: T;
}

export interface OrganisationAddress {
  street: Bilingual<string>;
  /** House number as written ("70", "12A"); null when the directory has none. */
  number: string | null;
  /** Postal box ("boîte"/"bus"), when there is one. */
  box: string | null;
  zipCode: number;
  /** Upper case, as the directory publishes it ("SCHAERBEEK"). */
  municipality: Bilingual<string>;
}

export interface OrganisationCategory {
  /** A `/rest/search/category` id, stable across languages. */
  id: number;
  label: Bilingual<string>;
}

/** One organisation of the Bruxelles Social directory, in the portals' own bilingual shape. */
export interface Organisation {
  id: number;
  /** Official name, upper case as published; one language stands in for a missing other. */
  name: Bilingual<string>;
  /** Acronyms and usual names ("CASS" / "CSSA"). */
  alternativeNames: Bilingual<string[]>;
  /** The mission statement; often empty, then `activities` says what they do. */
  description: Bilingual<string | null>;
  /** Free text, lines starting with "- " are bullets. */
  activities: Bilingual<string | null>;
  address: OrganisationAddress | null;
  /** WGS84 degrees; null when missing or outside Belgium. */
  coordinates: { lat: number; lon: number } | null;
  /** Belgian display format ("02/435.51.38"), French and Dutch entries merged. */
  phones: string[];
  emails: string[];
  /** Official websites, http(s) only, French entries first. */
  websites: string[];
  openingHours: Bilingual<string | null>;
  targetPublic: Bilingual<string | null>;
  categories: OrganisationCategory[];
  /** `/rest/sectors` ids from `sectorsObjects`; empty in every record recorded so far. */
  sectorIds: number[];
  /**
   * `/rest/agreements` ids, when a record carries them (`agreements`, the name of the search
   * parameter); no recorded record does, so this is empty until the service says otherwise.
   */
  agreementIds: number[];
  /** ISO 639-1 codes from `langStatus` ("FR-NL" → ["fr", "nl"]); empty when unknown. */
  languages: string[];
  /** The organisation can call on an interpreter. */
  offersInterpreting: boolean;
  legalStatus: Bilingual<string> | null;
  remark: Bilingual<string | null>;
  /** A fabricated demonstration record of the snapshot, never real data. */
  isSynthetic: boolean;
  /** ISO date (YYYY-MM-DD) of the directory's last edit of this record. */
  lastUpdate: string;
  /** The organisation's public page on social.brussels, for the CC-BY credit. */
  sourceUrl: string;
}

/** One record the normaliser refused, with every field that made it fail. */
export interface RejectedRecord {
  /** Null when the id itself is missing or malformed. */
  id: number | null;
  issues: { path: string; message: string }[];
}
