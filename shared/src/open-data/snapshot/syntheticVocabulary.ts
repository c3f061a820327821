import type { Bilingual } from '../Organisation.ts';

/* Invented words for invented organisations; none is taken from the directory. */

/** Proper names in the style associations choose. */
export const organisationNicknames: readonly Bilingual<string>[] = [
  { fr: 'Les Petits Pas', nl: 'De Kleine Stappen' },
  { fr: 'L’Arc-en-ciel', nl: 'De Regenboog' },
  { fr: 'Le Nid', nl: 'Het Nest' },
  { fr: 'La Passerelle', nl: 'De Loopbrug' },
  { fr: 'Le Tilleul', nl: 'De Linde' },
  { fr: 'Les Lucioles', nl: 'De Vuurvliegjes' },
  { fr: 'L’Envol', nl: 'De Opvlucht' },
  { fr: 'La Boussole', nl: 'Het Kompas' },
  { fr: 'Le Phare', nl: 'De Vuurtoren' },
  { fr: 'Les Coquelicots', nl: 'De Klaprozen' },
  { fr: 'La Ribambelle', nl: 'De Sliert' },
  { fr: 'Le Cerf-volant', nl: 'De Vlieger' },
  { fr: 'La Clairière', nl: 'De Open Plek' },
  { fr: 'Les Hirondelles', nl: 'De Zwaluwen' },
  { fr: 'La Ruche', nl: 'De Bijenkorf' },
  { fr: 'L’Étoile', nl: 'De Ster' },
  { fr: 'Le Fil Rouge', nl: 'De Rode Draad' },
  { fr: 'La Source', nl: 'De Bron' },
  { fr: 'Les Petites Mains', nl: 'De Kleine Handjes' },
  { fr: 'La Marelle', nl: 'Het Hinkelspel' },
  { fr: 'Les Bourgeons', nl: 'De Knoppen' },
  { fr: 'Le Cocon', nl: 'De Cocon' },
  { fr: 'La Roulotte', nl: 'De Woonwagen' },
  { fr: 'Le Jardin Partagé', nl: 'De Gedeelde Tuin' },
];

export const streets: readonly Bilingual<string>[] = [
  { fr: 'Rue des Tilleuls', nl: 'Lindestraat' },
  { fr: 'Avenue des Érables', nl: 'Esdoornlaan' },
  { fr: 'Rue du Moulin', nl: 'Molenstraat' },
  { fr: 'Rue de la Station', nl: 'Stationsstraat' },
  { fr: 'Place du Marché', nl: 'Marktplein' },
  { fr: 'Rue des Écoles', nl: 'Schoolstraat' },
  { fr: 'Rue des Jardins', nl: 'Tuinstraat' },
  { fr: 'Avenue du Parc', nl: 'Parklaan' },
  { fr: 'Rue de l’Église', nl: 'Kerkstraat' },
  { fr: 'Rue des Alouettes', nl: 'Leeuwerikstraat' },
  { fr: 'Rue du Verger', nl: 'Boomgaardstraat' },
  { fr: 'Avenue des Peupliers', nl: 'Populierenlaan' },
  { fr: 'Rue des Fleurs', nl: 'Bloemenstraat' },
  { fr: 'Rue de la Fontaine', nl: 'Fonteinstraat' },
  { fr: 'Clos des Mésanges', nl: 'Mezengaarde' },
];

/** Opening hours written the way the directory's editors write them; `{a}`/`{b}` are hours. */
export const openingHours: readonly Bilingual<string>[] = [
  { fr: 'Du lundi au vendredi de {a}h à {b}h', nl: 'Van maandag tot vrijdag van {a} tot {b} uur' },
  {
    fr: 'Lundi, mercredi et jeudi de {a}h à {b}h',
    nl: 'Maandag, woensdag en donderdag van {a} tot {b} uur',
  },
  { fr: 'Sur rendez-vous, du lundi au vendredi', nl: 'Op afspraak, van maandag tot vrijdag' },
  {
    fr: 'Mardi et vendredi de {a}h à {b}h, sans rendez-vous',
    nl: 'Dinsdag en vrijdag van {a} tot {b} uur, zonder afspraak',
  },
];

/** How people reach the service: the `accessFr/Nl` vocabulary. */
export const accessModes: readonly Bilingual<string>[] = [
  { fr: 'Par e-mail', nl: 'Per e-mail' },
  { fr: 'Par téléphone', nl: 'Telefonisch' },
  { fr: 'Sur rendez-vous', nl: 'Op afspraak' },
  { fr: 'Sans rendez-vous', nl: 'Zonder afspraak' },
];

/** Language statuses and how often the generator picks each. */
export const languageStatuses: readonly { value: string; weight: number }[] = [
  { value: 'FR-NL', weight: 6 },
  { value: 'FR', weight: 3 },
  { value: 'NL', weight: 1 },
];
