/**
 * The 19 communes of the Brussels-Capital Region, by NIS code order, with their names in
 * French and Dutch: what a midwife's "communes covered" choose from.
 */
export const brusselsCommunes = [
  { value: 'anderlecht', fr: 'Anderlecht', nl: 'Anderlecht' },
  { value: 'auderghem', fr: 'Auderghem', nl: 'Oudergem' },
  { value: 'berchem-sainte-agathe', fr: 'Berchem-Sainte-Agathe', nl: 'Sint-Agatha-Berchem' },
  { value: 'bruxelles', fr: 'Bruxelles', nl: 'Brussel' },
  { value: 'etterbeek', fr: 'Etterbeek', nl: 'Etterbeek' },
  { value: 'evere', fr: 'Evere', nl: 'Evere' },
  { value: 'forest', fr: 'Forest', nl: 'Vorst' },
  { value: 'ganshoren', fr: 'Ganshoren', nl: 'Ganshoren' },
  { value: 'ixelles', fr: 'Ixelles', nl: 'Elsene' },
  { value: 'jette', fr: 'Jette', nl: 'Jette' },
  { value: 'koekelberg', fr: 'Koekelberg', nl: 'Koekelberg' },
  { value: 'molenbeek-saint-jean', fr: 'Molenbeek-Saint-Jean', nl: 'Sint-Jans-Molenbeek' },
  { value: 'saint-gilles', fr: 'Saint-Gilles', nl: 'Sint-Gillis' },
  { value: 'saint-josse-ten-noode', fr: 'Saint-Josse-ten-Noode', nl: 'Sint-Joost-ten-Node' },
  { value: 'schaerbeek', fr: 'Schaerbeek', nl: 'Schaarbeek' },
  { value: 'uccle', fr: 'Uccle', nl: 'Ukkel' },
  { value: 'watermael-boitsfort', fr: 'Watermael-Boitsfort', nl: 'Watermaal-Bosvoorde' },
  { value: 'woluwe-saint-lambert', fr: 'Woluwe-Saint-Lambert', nl: 'Sint-Lambrechts-Woluwe' },
  { value: 'woluwe-saint-pierre', fr: 'Woluwe-Saint-Pierre', nl: 'Sint-Pieters-Woluwe' },
] as const;

export type BrusselsCommune = (typeof brusselsCommunes)[number]['value'];

/**
 * Languages a professional may speak with families, by ISO 639 code (`ber`: Berber languages,
 * widely spoken in Brussels), named in French and Dutch.
 */
export const spokenLanguages = [
  { value: 'fr', fr: 'Français', nl: 'Frans' },
  { value: 'nl', fr: 'Néerlandais', nl: 'Nederlands' },
  { value: 'en', fr: 'Anglais', nl: 'Engels' },
  { value: 'de', fr: 'Allemand', nl: 'Duits' },
  { value: 'ar', fr: 'Arabe', nl: 'Arabisch' },
  { value: 'ber', fr: 'Berbère', nl: 'Berbers' },
  { value: 'tr', fr: 'Turc', nl: 'Turks' },
  { value: 'es', fr: 'Espagnol', nl: 'Spaans' },
  { value: 'pt', fr: 'Portugais', nl: 'Portugees' },
  { value: 'it', fr: 'Italien', nl: 'Italiaans' },
  { value: 'ro', fr: 'Roumain', nl: 'Roemeens' },
  { value: 'pl', fr: 'Polonais', nl: 'Pools' },
  { value: 'bg', fr: 'Bulgare', nl: 'Bulgaars' },
  { value: 'ru', fr: 'Russe', nl: 'Russisch' },
  { value: 'uk', fr: 'Ukrainien', nl: 'Oekraïens' },
  { value: 'ln', fr: 'Lingala', nl: 'Lingala' },
  { value: 'sw', fr: 'Swahili', nl: 'Swahili' },
  { value: 'fa', fr: 'Persan', nl: 'Perzisch' },
] as const;

export type SpokenLanguage = (typeof spokenLanguages)[number]['value'];
