import type { SeededRandom } from './createSeededRandom.ts';
import type { Commune } from './brusselsCommunes.ts';
import type { RawAddressRecord } from './RawOrganisationRecord.ts';
import { streets } from './syntheticVocabulary.ts';

/*
 * Lambert 72 (EPSG:31370) from WGS84 by a linear fit anchored on the recorded address of
 * organisation 13219. Across the 16 km of the Region its error stays in the tens of metres,
 * plenty for demo data, and it spares the package a projection library.
 */
const anchor = { lat: 50.851756126658735, lon: 4.401445106123757, x: 152302, y: 171263 };
const metresPerDegree = { lat: 111_230, lon: 70_310 };

/** A made-up address in a real commune, with coordinates scattered around its centre. */
export function syntheticAddress(random: SeededRandom, commune: Commune): RawAddressRecord {
  const street = random.pick(streets);
  const lat = round6(commune.lat + (random.next() - 0.5) * 0.016);
  const lon = round6(commune.lon + (random.next() - 0.5) * 0.024);
  return {
    id: null,
    x: Math.round(anchor.x + (lon - anchor.lon) * metresPerDegree.lon),
    y: Math.round(anchor.y + (lat - anchor.lat) * metresPerDegree.lat),
    lon,
    lat,
    municipalityFr: commune.fr,
    municipalityNl: commune.nl,
    streetFr: street.fr,
    streetNl: street.nl,
    number: `${random.int(1, 240)}${random.chance(0.1) ? 'A' : ''}`,
    numberBuilding: null,
    zipCode: commune.zipCode,
    postalBox: random.chance(0.12) ? String(random.int(1, 9)) : null,
    postalCodeFr: `${commune.zipCode} ${commune.fr}`,
    postalCodeNl: `${commune.zipCode} ${commune.nl}`,
    districtFr: 'QUARTIER FICTIF',
    districtNl: 'FICTIEVE WIJK',
    districtCode: String(random.int(1, 118)),
    statisticsCode: `${commune.nis}A${String(random.int(0, 99)).padStart(2, '0')}-`,
    remarkFr: null,
    remarkNl: null,
    statisticsNameFr: 'SECTEUR FICTIF',
    statisticsNameNl: 'FICTIEVE SECTOR',
  };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
