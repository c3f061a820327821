/** One of the 19 communes of the Brussels-Capital Region. */
export interface Commune {
  /** Upper case, as the directory writes municipalities. */
  fr: string;
  nl: string;
  zipCode: number;
  /** NIS code, the prefix of the directory's statistical sector codes ("21015A77-"). */
  nis: string;
  /** Approximate centre, WGS84. */
  lat: number;
  lon: number;
}

/** Real names, main postcodes and NIS codes; centres rounded, for scattering synthetic points. */
export const brusselsCommunes: readonly Commune[] = [
  { fr: 'ANDERLECHT', nl: 'ANDERLECHT', zipCode: 1070, nis: '21001', lat: 50.8365, lon: 4.3082 },
  { fr: 'AUDERGHEM', nl: 'OUDERGEM', zipCode: 1160, nis: '21002', lat: 50.8156, lon: 4.4331 },
  {
    fr: 'BERCHEM-SAINTE-AGATHE',
    nl: 'SINT-AGATHA-BERCHEM',
    zipCode: 1082,
    nis: '21003',
    lat: 50.8653,
    lon: 4.2953,
  },
  { fr: 'BRUXELLES', nl: 'BRUSSEL', zipCode: 1000, nis: '21004', lat: 50.8467, lon: 4.3525 },
  { fr: 'ETTERBEEK', nl: 'ETTERBEEK', zipCode: 1040, nis: '21005', lat: 50.8361, lon: 4.3861 },
  { fr: 'EVERE', nl: 'EVERE', zipCode: 1140, nis: '21006', lat: 50.871, lon: 4.402 },
  { fr: 'FOREST', nl: 'VORST', zipCode: 1190, nis: '21007', lat: 50.8103, lon: 4.3181 },
  { fr: 'GANSHOREN', nl: 'GANSHOREN', zipCode: 1083, nis: '21008', lat: 50.8711, lon: 4.3089 },
  { fr: 'IXELLES', nl: 'ELSENE', zipCode: 1050, nis: '21009', lat: 50.8275, lon: 4.3697 },
  { fr: 'JETTE', nl: 'JETTE', zipCode: 1090, nis: '21010', lat: 50.8778, lon: 4.3253 },
  { fr: 'KOEKELBERG', nl: 'KOEKELBERG', zipCode: 1081, nis: '21011', lat: 50.8625, lon: 4.3286 },
  {
    fr: 'MOLENBEEK-SAINT-JEAN',
    nl: 'SINT-JANS-MOLENBEEK',
    zipCode: 1080,
    nis: '21012',
    lat: 50.855,
    lon: 4.3228,
  },
  { fr: 'SAINT-GILLES', nl: 'SINT-GILLIS', zipCode: 1060, nis: '21013', lat: 50.8283, lon: 4.3458 },
  {
    fr: 'SAINT-JOSSE-TEN-NOODE',
    nl: 'SINT-JOOST-TEN-NODE',
    zipCode: 1210,
    nis: '21014',
    lat: 50.8536,
    lon: 4.3733,
  },
  { fr: 'SCHAERBEEK', nl: 'SCHAARBEEK', zipCode: 1030, nis: '21015', lat: 50.8675, lon: 4.3797 },
  { fr: 'UCCLE', nl: 'UKKEL', zipCode: 1180, nis: '21016', lat: 50.8, lon: 4.3333 },
  {
    fr: 'WATERMAEL-BOITSFORT',
    nl: 'WATERMAAL-BOSVOORDE',
    zipCode: 1170,
    nis: '21017',
    lat: 50.7994,
    lon: 4.415,
  },
  {
    fr: 'WOLUWE-SAINT-LAMBERT',
    nl: 'SINT-LAMBRECHTS-WOLUWE',
    zipCode: 1200,
    nis: '21018',
    lat: 50.8469,
    lon: 4.4306,
  },
  {
    fr: 'WOLUWE-SAINT-PIERRE',
    nl: 'SINT-PIETERS-WOLUWE',
    zipCode: 1150,
    nis: '21019',
    lat: 50.8294,
    lon: 4.4436,
  },
];
