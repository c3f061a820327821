/*
 * The full documented organisation record (open-data/API.md): all 52 keys, in the order of
 * the recorded /rest/organisation/13219 answer. The runtime schema only checks the fields we
 * display; this type pins the whole shape for the synthetic generator, whose records must be
 * indistinguishable in structure from real ones.
 */

type Texts = string[];

export interface RawAddressRecord {
  id: null;
  x: number;
  y: number;
  lon: number;
  lat: number;
  municipalityFr: string;
  municipalityNl: string;
  streetFr: string;
  streetNl: string;
  number: string;
  numberBuilding: string | null;
  zipCode: number;
  postalBox: string | null;
  postalCodeFr: string;
  postalCodeNl: string;
  districtFr: string;
  districtNl: string;
  districtCode: string;
  statisticsCode: string;
  remarkFr: string | null;
  remarkNl: string | null;
  statisticsNameFr: string;
  statisticsNameNl: string;
}

/** A `/rest/search/category` item, as embedded in `categoriesObject` (shape inferred). */
export interface RawCategoryRecord {
  id: number;
  titleFr: string;
  titleNl: string;
  descriptionFr: string | null;
  descriptionNl: string | null;
  urlsFr: Texts;
  urlsNl: Texts;
  keywordsFr: Texts;
  keywordsNl: Texts;
  order: number;
  organisationsCount: number;
}

export interface RawOrganisationRecord {
  id: number;
  legalStatus: { id: number; labelFr: string; labelNl: string } | null;
  isInterpreting: boolean;
  address: RawAddressRecord | null;
  categories: null;
  categoriesObject: RawCategoryRecord[];
  sectorsObjects: null;
  nameOfficialFr: string;
  nameOfficialNl: string;
  descriptionFr: string | null;
  descriptionNl: string | null;
  activitiesFr: string | null;
  activitiesNl: string | null;
  accessFr: Texts;
  accessNl: Texts;
  permanencyFr: string | null;
  permanencyNl: string | null;
  publicFr: string | null;
  publicNl: string | null;
  publicationFr: Texts;
  publicationNl: Texts;
  remarkFr: string | null;
  remarkNl: string | null;
  pmRp: Texts;
  langStatus: string;
  lastUpdate: string;
  startDate: null;
  type: null;
  nameAlternativeFr: Texts;
  nameAlternativeNl: Texts;
  nameFormerFr: Texts;
  nameFormerNl: Texts;
  nameServiceFr: Texts;
  nameServiceNl: Texts;
  telFr: Texts;
  telNl: Texts;
  emailFr: Texts;
  emailNl: Texts;
  faxFr: Texts;
  faxNl: Texts;
  websiteOfficialFr: Texts;
  websiteOfficialNl: Texts;
  websiteUnofficialFr: Texts;
  websiteUnofficialNl: Texts;
  websiteBelgianOfficialJournalFr: Texts;
  websiteBelgianOfficialJournalNl: Texts;
  websiteInfoFr: Texts;
  websiteInfoNl: Texts;
  otherAgreementFr: Texts;
  otherAgreementNl: Texts;
  subventionFr: Texts;
  subventionNl: Texts;
}
