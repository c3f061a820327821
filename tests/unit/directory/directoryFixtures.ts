import type { DirectoryEntry, Organisation } from '@portals/shared/open-data';

/** A valid organisation; override what a test is about. */
export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  const id = overrides.id ?? 900_001;
  return {
    id,
    name: { fr: `ORGANISATION ${id}`, nl: `ORGANISATIE ${id}` },
    alternativeNames: { fr: [], nl: [] },
    description: { fr: 'Soigner les enfants chez eux.', nl: null },
    activities: { fr: null, nl: null },
    address: {
      street: { fr: 'Rue Haute', nl: 'Hoogstraat' },
      number: '1',
      box: null,
      zipCode: 1000,
      municipality: { fr: 'BRUXELLES', nl: 'BRUSSEL' },
    },
    coordinates: { lat: 50.84, lon: 4.35 },
    phones: [],
    emails: [],
    websites: [],
    openingHours: { fr: null, nl: null },
    targetPublic: { fr: null, nl: null },
    categories: [],
    sectorIds: [],
    agreementIds: [],
    languages: ['fr'],
    offersInterpreting: false,
    legalStatus: null,
    remark: { fr: null, nl: null },
    isSynthetic: false,
    lastUpdate: '2024-08-02',
    sourceUrl: `https://social.brussels/organisation/${id}`,
    ...overrides,
  };
}

export const homeCare = { id: 273, label: { fr: 'Soins à domicile', nl: 'Thuiszorg' } };
export const palliative = { id: 950, label: { fr: 'Soins palliatifs', nl: 'Palliatieve zorg' } };

/** A directory entry as the loader stores it, from the recorded snapshot. */
export function entry(org: Organisation): DirectoryEntry {
  return {
    organisation: org,
    note: null,
    source: 'snapshot',
    fetchedAt: '2020-09-14T00:00:00.000Z',
  };
}

/** Collects what a loader logs, by level. */
export function memoryLogger() {
  const lines: { level: 'info' | 'warn'; message: string }[] = [];
  return {
    lines,
    info: (message: string) => lines.push({ level: 'info', message }),
    warn: (message: string) => lines.push({ level: 'warn', message }),
    messages: (level: 'info' | 'warn') =>
      lines.filter((line) => line.level === level).map((line) => line.message),
  };
}
