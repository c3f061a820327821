import type { SeededRandom } from './createSeededRandom.ts';
import type { RawOrganisationRecord } from './RawOrganisationRecord.ts';

type ContactFields = Pick<
  RawOrganisationRecord,
  | 'telFr'
  | 'telNl'
  | 'emailFr'
  | 'emailNl'
  | 'faxFr'
  | 'faxNl'
  | 'websiteOfficialFr'
  | 'websiteOfficialNl'
  | 'websiteUnofficialFr'
  | 'websiteUnofficialNl'
  | 'websiteBelgianOfficialJournalFr'
  | 'websiteBelgianOfficialJournalNl'
  | 'websiteInfoFr'
  | 'websiteInfoNl'
>;

/**
 * Contact fields that cannot reach anyone: 02/000 numbers are not allocated in Belgium and
 * example.org is reserved for documentation (RFC 2606). Keys in the order of a real record.
 */
export function syntheticContacts(
  random: SeededRandom,
  host: string,
  bilingual: boolean,
): ContactFields {
  // A domain label holds at most 63 bytes (RFC 1035): the HTML checker rejects longer hosts.
  const label = host.slice(0, 63).replace(/-+$/, '');
  const phone = () => `02/000.${random.int(10, 99)}.${random.int(10, 99)}`;
  const phones = random.chance(0.9) ? [phone(), ...(random.chance(0.2) ? [phone()] : [])] : [];
  const emails = random.chance(0.85) ? [`info@${label}.example.org`] : [];
  const fax = random.chance(0.1) ? [phone()] : [];
  const hasSite = random.chance(0.7);
  const site = (lang: string) =>
    hasSite ? [`https://${label}.example.org${bilingual ? `/${lang}` : ''}`] : [];
  return {
    telFr: phones,
    telNl: phones,
    emailFr: emails,
    emailNl: emails,
    faxFr: fax,
    faxNl: fax,
    websiteOfficialFr: site('fr'),
    websiteOfficialNl: site('nl'),
    websiteUnofficialFr: [],
    websiteUnofficialNl: [],
    // The Moniteur belge links real enterprise numbers; a fictitious one gets none.
    websiteBelgianOfficialJournalFr: [],
    websiteBelgianOfficialJournalNl: [],
    websiteInfoFr: [],
    websiteInfoNl: [],
  };
}

/** "0000.900.123": the BCE/KBO layout, with a prefix no real enterprise number has. */
export function syntheticEnterpriseNumber(id: number): string {
  const digits = String(id).padStart(6, '0').slice(-6);
  return `0000.${digits.slice(0, 3)}.${digits.slice(3)}`;
}

/** A `dd/mm/yy` date between 2019 and 2024, the span of the recorded material. */
export function syntheticLastUpdate(random: SeededRandom): string {
  const date = new Date(Date.UTC(2019, 0, 1) + random.int(0, 6 * 365) * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCFullYear() % 100)}`;
}
