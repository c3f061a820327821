import type { SeedMutuality } from '../types.ts';
import { topics } from './mutualityTopics.ts';

/**
 * Demo antennas of the five unions of health-insurance funds in Brussels. The unions are
 * real; antenna names, addresses, phones (555 range) and hours are invented for the demo.
 */
const portals = ['hospichild', 'born-in-brussels'] as const;
const hoursFr =
  'Du lundi au vendredi, 9 h – 12 h 30 ; le mardi jusqu’à 18 h (horaires de démonstration).';
const hoursNl = 'Maandag tot vrijdag, 9 – 12.30 uur; dinsdag tot 18 uur (demonstratie-uren).';
const all = [
  'hospitalisation',
  'seriousIllness',
  'homeCare',
  'disability',
  'equipmentLoan',
  'reimbursements',
  'socialService',
] as const;

function antenna(
  key: string,
  union: SeedMutuality['union'],
  postcode: string,
  n: number,
  latitude: number,
  longitude: number,
) {
  return {
    key,
    union,
    postcode,
    phone: `+32 2 555 02 ${String(n).padStart(2, '0')}`,
    latitude,
    longitude,
    portals: [...portals],
  };
}

function place(name: string, street: string, city: string, hours: string) {
  return { name, street, city, openingHours: hours };
}

export const mutualities: SeedMutuality[] = [
  {
    ...antenna('mc-schaerbeek', 'christian', '1030', 1, 50.8676, 4.3772),
    website: 'https://www.mc.be',
    fr: place(
      'Mutualité chrétienne – antenne de Schaerbeek (démo)',
      'Rue de la Démo 12',
      'Schaerbeek',
      hoursFr,
    ),
    nl: place(
      'Christelijke Mutualiteit – kantoor Schaarbeek (demo)',
      'Demostraat 12',
      'Schaarbeek',
      hoursNl,
    ),
    topics: topics('La Mutualité chrétienne', [...all]),
  },
  {
    ...antenna('mc-anderlecht', 'christian', '1070', 2, 50.8366, 4.3082),
    website: 'https://www.mc.be',
    fr: place(
      'Mutualité chrétienne – antenne d’Anderlecht (démo)',
      'Place de l’Exemple 3',
      'Anderlecht',
      hoursFr,
    ),
    nl: place(
      'Christelijke Mutualiteit – kantoor Anderlecht (demo)',
      'Voorbeeldplein 3',
      'Anderlecht',
      hoursNl,
    ),
    topics: topics('La Mutualité chrétienne', [
      'hospitalisation',
      'homeCare',
      'reimbursements',
      'socialService',
    ]),
  },
  {
    ...antenna('cm-jette', 'christian', '1090', 3, 50.8773, 4.3265),
    website: 'https://www.cm.be',
    nl: place('CM – kantoor Jette (demo)', 'Proefstraat 45', 'Jette', hoursNl),
    topics: topics('CM', ['hospitalisation', 'equipmentLoan', 'socialService'], true),
  },
  {
    ...antenna('solidaris-midi', 'socialist', '1060', 4, 50.8358, 4.3353),
    website: 'https://www.solidaris.be',
    fr: place('Solidaris – antenne Midi (démo)', 'Avenue Fictive 101', 'Saint-Gilles', hoursFr),
    nl: place('Solidaris – kantoor Zuid (demo)', 'Fictieve Laan 101', 'Sint-Gillis', hoursNl),
    topics: topics('Solidaris', [...all]),
  },
  {
    ...antenna('solidaris-molenbeek', 'socialist', '1080', 5, 50.8547, 4.3279),
    website: 'https://www.solidaris.be',
    fr: place(
      'Solidaris – antenne de Molenbeek (démo)',
      'Rue Imaginaire 8',
      'Molenbeek-Saint-Jean',
      hoursFr,
    ),
    nl: place(
      'Solidaris – kantoor Molenbeek (demo)',
      'Denkbeeldige Straat 8',
      'Sint-Jans-Molenbeek',
      hoursNl,
    ),
    topics: topics('Solidaris', [
      'hospitalisation',
      'seriousIllness',
      'disability',
      'socialService',
    ]),
  },
  {
    ...antenna('solidaris-evere', 'socialist', '1140', 6, 50.8705, 4.4017),
    website: 'https://www.solidaris.be',
    fr: place('Solidaris – antenne d’Evere (démo)', 'Chaussée Modèle 210', 'Evere', hoursFr),
    topics: topics('Solidaris', ['hospitalisation', 'equipmentLoan', 'reimbursements']),
  },
  {
    ...antenna('ml-ixelles', 'liberal', '1050', 7, 50.8333, 4.3669),
    website: 'https://www.ml.be',
    fr: place(
      'Mutualité libérale – antenne d’Ixelles (démo)',
      'Rue du Prototype 27',
      'Ixelles',
      hoursFr,
    ),
    nl: place(
      'Liberale Mutualiteit – kantoor Elsene (demo)',
      'Prototypestraat 27',
      'Elsene',
      hoursNl,
    ),
    topics: topics('La Mutualité libérale', [
      'hospitalisation',
      'seriousIllness',
      'reimbursements',
      'socialService',
    ]),
  },
  {
    ...antenna('ml-uccle', 'liberal', '1180', 8, 50.8005, 4.3376),
    website: 'https://www.ml.be',
    fr: place(
      'Mutualité libérale – antenne d’Uccle (démo)',
      'Avenue de l’Essai 5',
      'Uccle',
      hoursFr,
    ),
    nl: place('Liberale Mutualiteit – kantoor Ukkel (demo)', 'Testlaan 5', 'Ukkel', hoursNl),
    topics: topics('La Mutualité libérale', ['homeCare', 'equipmentLoan', 'disability']),
  },
  {
    ...antenna('partenamut-woluwe', 'independent', '1200', 9, 50.8445, 4.4302),
    website: 'https://www.partenamut.be',
    fr: place(
      'Partenamut – agence de Woluwe (démo)',
      'Boulevard Témoin 66',
      'Woluwe-Saint-Lambert',
      hoursFr,
    ),
    nl: place(
      'Partenamut – kantoor Woluwe (demo)',
      'Getuigelaan 66',
      'Sint-Lambrechts-Woluwe',
      hoursNl,
    ),
    topics: topics('Partenamut', [...all]),
  },
  {
    ...antenna('helan-brussel', 'independent', '1000', 10, 50.8466, 4.3528),
    website: 'https://www.helan.be',
    nl: place('Helan – kantoor Brussel-centrum (demo)', 'Oefenstraat 14', 'Brussel', hoursNl),
    topics: topics(
      'Helan',
      ['hospitalisation', 'homeCare', 'reimbursements', 'socialService'],
      true,
    ),
  },
  {
    ...antenna('partenamut-forest', 'independent', '1190', 11, 50.8105, 4.3241),
    website: 'https://www.partenamut.be',
    fr: place('Partenamut – agence de Forest (démo)', 'Rue de l’Échantillon 19', 'Forest', hoursFr),
    nl: place('Partenamut – kantoor Vorst (demo)', 'Staalstraat 19', 'Vorst', hoursNl),
    topics: topics('Partenamut', ['hospitalisation', 'equipmentLoan']),
  },
  {
    ...antenna('mn-etterbeek', 'neutral', '1040', 12, 50.8367, 4.3885),
    fr: place(
      'Mutualité neutre – antenne d’Etterbeek (démo)',
      'Place Maquette 2',
      'Etterbeek',
      hoursFr,
    ),
    nl: place(
      'Neutraal Ziekenfonds – kantoor Etterbeek (demo)',
      'Maquetteplein 2',
      'Etterbeek',
      hoursNl,
    ),
    topics: topics('La Mutualité neutre', [
      'hospitalisation',
      'seriousIllness',
      'reimbursements',
      'socialService',
    ]),
  },
  {
    ...antenna('mn-laeken', 'neutral', '1020', 13, 50.8818, 4.3531),
    fr: place(
      'Mutualité neutre – antenne de Laeken (démo)',
      'Rue de la Simulation 31',
      'Bruxelles (Laeken)',
      hoursFr,
    ),
    nl: place(
      'Neutraal Ziekenfonds – kantoor Laken (demo)',
      'Simulatiestraat 31',
      'Brussel (Laken)',
      hoursNl,
    ),
    topics: topics('La Mutualité neutre', ['homeCare', 'disability', 'equipmentLoan']),
  },
];
