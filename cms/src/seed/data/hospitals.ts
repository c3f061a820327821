import type { SeedHospital } from '../types.ts';
import {
  childPsychiatry,
  emergencies,
  financialService,
  generalServices,
  hospitalSchool,
  maternity,
  neonatology,
  paediatrics,
} from './hospitalSections.ts';

/**
 * Brussels hospitals with a children's service. Names and addresses are real; phone numbers
 * (555 range), bed counts and service details are demonstration values.
 */
const both = ['hospichild', 'born-in-brussels'] as const;

function describe(frName: string, nlName: string, fr: string, nl: string) {
  return {
    fr: [`${frName} : ${fr}`, 'Fiche de démonstration rédigée pour ce prototype.'],
    nl: [`${nlName}: ${nl}`, 'Demonstratiefiche geschreven voor dit prototype.'],
  };
}

function access(fr: string, nl: string) {
  return {
    fr: [fr, 'Parkings payants à proximité ; pensez aux transports en commun.'],
    nl: [nl, 'Betaalparkings in de buurt; het openbaar vervoer is vaak handiger.'],
  };
}

export const hospitals: SeedHospital[] = [
  {
    key: 'huderf',
    network: 'H.U.B',
    postcode: '1020',
    phone: '+32 2 555 01 01',
    website: 'https://www.huderf.be',
    latitude: 50.8868,
    longitude: 4.3348,
    portals: [...both],
    fr: {
      name: 'Hôpital Universitaire des Enfants Reine Fabiola (HUDERF)',
      street: 'Avenue Jean Joseph Crocq 15',
      city: 'Bruxelles (Laeken)',
    },
    nl: {
      name: 'Universitair Kinderziekenhuis Koningin Fabiola (UKZKF)',
      street: 'Jean Joseph Crocqlaan 15',
      city: 'Brussel (Laken)',
    },
    sections: {
      description: describe(
        'L’HUDERF',
        'Het UKZKF',
        'le seul hôpital bruxellois entièrement consacré aux enfants, de la naissance à 15 ans.',
        'het enige Brusselse ziekenhuis dat volledig aan kinderen gewijd is, van de geboorte tot 15 jaar.',
      ),
      access: access(
        'Métro ligne 6, station Houba-Brugmann, puis quelques minutes à pied.',
        'Metrolijn 6, station Houba-Brugmann, en dan enkele minuten te voet.',
      ),
      neonatology: neonatology('l’HUDERF', true),
      paediatricEmergencies: emergencies('L’HUDERF', true),
      paediatrics: paediatrics('l’HUDERF', 180),
      generalServices: generalServices('L’HUDERF'),
      financialService: financialService('l’HUDERF'),
      childPsychiatry: childPsychiatry('l’HUDERF'),
      hospitalSchool: hospitalSchool('l’HUDERF'),
    },
  },
  {
    key: 'saint-luc',
    postcode: '1200',
    phone: '+32 2 555 01 02',
    website: 'https://www.saintluc.be',
    latitude: 50.853,
    longitude: 4.452,
    portals: [...both],
    fr: {
      name: 'Cliniques universitaires Saint-Luc',
      street: 'Avenue Hippocrate 10',
      city: 'Woluwe-Saint-Lambert',
    },
    nl: {
      name: 'Universitaire Klinieken Sint-Luc',
      street: 'Hippocrateslaan 10',
      city: 'Sint-Lambrechts-Woluwe',
    },
    sections: {
      description: describe(
        'Saint-Luc',
        'Sint-Luc',
        'hôpital universitaire avec un grand département de pédiatrie et de nombreuses consultations spécialisées.',
        'universitair ziekenhuis met een grote afdeling pediatrie en veel gespecialiseerde raadplegingen.',
      ),
      access: access(
        'Métro ligne 1, station Alma ; plusieurs lignes de bus s’arrêtent devant l’entrée.',
        'Metrolijn 1, station Alma; verschillende buslijnen stoppen aan de ingang.',
      ),
      maternity: maternity('Saint-Luc'),
      neonatology: neonatology('Saint-Luc', true),
      paediatricEmergencies: emergencies('Saint-Luc', true),
      paediatrics: paediatrics('Saint-Luc', 120),
      generalServices: generalServices('Saint-Luc'),
      financialService: financialService('Saint-Luc'),
      childPsychiatry: childPsychiatry('Saint-Luc'),
      hospitalSchool: hospitalSchool('Saint-Luc'),
    },
  },
  {
    key: 'uz-brussel',
    postcode: '1090',
    phone: '+32 2 555 01 03',
    website: 'https://www.uzbrussel.be',
    latitude: 50.8877,
    longitude: 4.308,
    portals: [...both],
    fr: { name: 'UZ Brussel', street: 'Avenue du Laerbeek 101', city: 'Jette' },
    nl: { name: 'UZ Brussel', street: 'Laarbeeklaan 101', city: 'Jette' },
    sections: {
      description: describe(
        'L’UZ Brussel',
        'UZ Brussel',
        'hôpital universitaire néerlandophone qui accueille aussi les familles en français, avec un hôpital pour enfants sur son campus.',
        'Nederlandstalig universitair ziekenhuis, ook voor Franstalige gezinnen, met een kinderziekenhuis op de campus.',
      ),
      access: access(
        'Tram 9, terminus UZ Brussel, au pied de l’hôpital.',
        'Tram 9, eindhalte UZ Brussel, aan de voet van het ziekenhuis.',
      ),
      maternity: maternity('l’UZ Brussel', '2025-09-30'),
      neonatology: neonatology('l’UZ Brussel', true),
      paediatricEmergencies: emergencies('L’UZ Brussel', true),
      paediatrics: paediatrics('l’UZ Brussel', 90),
      generalServices: generalServices('L’UZ Brussel'),
      financialService: financialService('l’UZ Brussel'),
      // Still untranslated on purpose: the fiche shows a missing Dutch section.
      childPsychiatry: { fr: childPsychiatry('l’UZ Brussel').fr },
      hospitalSchool: hospitalSchool('l’UZ Brussel'),
    },
  },
  {
    key: 'saint-pierre',
    network: 'H.U.B',
    postcode: '1000',
    phone: '+32 2 555 01 04',
    website: 'https://www.stpierre-bru.be',
    latitude: 50.8352,
    longitude: 4.3475,
    portals: [...both],
    fr: { name: 'CHU Saint-Pierre', street: 'Rue Haute 322', city: 'Bruxelles' },
    nl: { name: 'UMC Sint-Pieter', street: 'Hoogstraat 322', city: 'Brussel' },
    sections: {
      description: describe(
        'Le CHU Saint-Pierre',
        'Het UMC Sint-Pieter',
        'hôpital public du centre-ville, avec une maternité très active et une longue tradition d’accueil des familles vulnérables.',
        'openbaar ziekenhuis in het stadscentrum, met een drukke materniteit en een lange traditie van zorg voor kwetsbare gezinnen.',
      ),
      access: access(
        'Métro lignes 2 et 6 ou tram, station Porte de Hal, puis cinq minutes à pied.',
        'Metrolijnen 2 en 6 of tram, station Hallepoort, en dan vijf minuten te voet.',
      ),
      maternity: maternity('Saint-Pierre'),
      neonatology: neonatology('Saint-Pierre', true),
      paediatricEmergencies: emergencies('Saint-Pierre', false),
      paediatrics: paediatrics('Saint-Pierre', 40),
      generalServices: generalServices('Saint-Pierre'),
      financialService: financialService('Saint-Pierre'),
    },
  },
  {
    key: 'brugmann',
    network: 'H.U.B',
    postcode: '1020',
    phone: '+32 2 555 01 05',
    website: 'https://www.chu-brugmann.be',
    latitude: 50.8909,
    longitude: 4.347,
    portals: [...both],
    fr: {
      name: 'CHU Brugmann',
      street: 'Place Arthur Van Gehuchten 4',
      city: 'Bruxelles (Laeken)',
    },
    nl: { name: 'UVC Brugmann', street: 'Arthur Van Gehuchtenplein 4', city: 'Brussel (Laken)' },
    sections: {
      description: describe(
        'Le CHU Brugmann',
        'Het UVC Brugmann',
        'hôpital public du nord de Bruxelles ; les enfants y sont soignés avec l’HUDERF, voisin sur le même site.',
        'openbaar ziekenhuis in het noorden van Brussel; kinderen worden er samen met het naburige UKZKF verzorgd.',
      ),
      access: access(
        'Métro ligne 6, station Houba-Brugmann.',
        'Metrolijn 6, station Houba-Brugmann.',
      ),
      maternity: maternity('Brugmann', '2026-02-14'),
      neonatology: neonatology('Brugmann', false),
      generalServices: generalServices('Brugmann'),
      financialService: financialService('Brugmann'),
    },
  },
  {
    key: 'erasme',
    network: 'H.U.B',
    postcode: '1070',
    phone: '+32 2 555 01 06',
    website: 'https://www.hubruxelles.be',
    latitude: 50.8128,
    longitude: 4.266,
    portals: [...both],
    fr: { name: 'Hôpital Érasme', street: 'Route de Lennik 808', city: 'Anderlecht' },
    nl: { name: 'Erasmusziekenhuis', street: 'Lenniksebaan 808', city: 'Anderlecht' },
    sections: {
      description: describe(
        'L’hôpital Érasme',
        'Het Erasmusziekenhuis',
        'hôpital académique du sud-ouest de Bruxelles, avec maternité et néonatologie.',
        'academisch ziekenhuis in het zuidwesten van Brussel, met materniteit en neonatologie.',
      ),
      access: access('Métro ligne 5, terminus Érasme.', 'Metrolijn 5, eindhalte Erasmus.'),
      maternity: maternity('Érasme'),
      neonatology: neonatology('Érasme', true),
      paediatrics: paediatrics('Érasme', 24),
      generalServices: generalServices('Érasme'),
      financialService: financialService('Érasme'),
    },
  },
  {
    key: 'saint-jean',
    postcode: '1000',
    phone: '+32 2 555 01 07',
    website: 'https://www.clstjean.be',
    latitude: 50.8531,
    longitude: 4.359,
    portals: [...both],
    fr: {
      name: 'Clinique Saint-Jean',
      street: 'Boulevard du Jardin Botanique 32',
      city: 'Bruxelles',
    },
    nl: { name: 'Kliniek Sint-Jan', street: 'Kruidtuinlaan 32', city: 'Brussel' },
    sections: {
      description: describe(
        'La Clinique Saint-Jean',
        'De Kliniek Sint-Jan',
        'hôpital général du centre, proche de la gare du Nord, avec maternité et pédiatrie.',
        'algemeen ziekenhuis in het centrum, vlak bij het Noordstation, met materniteit en pediatrie.',
      ),
      access: access(
        'Métro lignes 2 et 6, station Botanique.',
        'Metrolijnen 2 en 6, station Kruidtuin.',
      ),
      maternity: maternity('Saint-Jean'),
      neonatology: neonatology('Saint-Jean', false),
      paediatricEmergencies: emergencies('Saint-Jean', false),
      paediatrics: paediatrics('Saint-Jean', 30),
      financialService: financialService('Saint-Jean'),
    },
  },
  {
    key: 'delta',
    network: 'CHIREC',
    postcode: '1160',
    phone: '+32 2 555 01 08',
    website: 'https://www.chirec.be',
    latitude: 50.8186,
    longitude: 4.4038,
    portals: [...both],
    fr: { name: 'Hôpital Delta (CHIREC)', street: 'Boulevard du Triomphe 201', city: 'Auderghem' },
    nl: { name: 'Ziekenhuis Delta (CHIREC)', street: 'Triomflaan 201', city: 'Oudergem' },
    sections: {
      description: describe(
        'L’hôpital Delta',
        'Het ziekenhuis Delta',
        'le site principal du réseau CHIREC, ouvert en 2017, avec un pôle mère-enfant.',
        'de hoofdcampus van het CHIREC-netwerk, geopend in 2017, met een moeder-kindcentrum.',
      ),
      access: access(
        'Métro ligne 5, station Delta, à deux minutes à pied.',
        'Metrolijn 5, station Delta, op twee minuten wandelen.',
      ),
      maternity: maternity('Delta'),
      neonatology: neonatology('Delta', true),
      paediatricEmergencies: emergencies('Delta', true),
      paediatrics: paediatrics('Delta', 45),
      generalServices: generalServices('Delta'),
      childPsychiatry: childPsychiatry('Delta'),
    },
  },
  {
    key: 'his-etterbeek-ixelles',
    network: 'Hôpitaux Iris Sud',
    postcode: '1050',
    phone: '+32 2 555 01 09',
    website: 'https://www.his-izz.be',
    latitude: 50.8272,
    longitude: 4.379,
    portals: [...both],
    fr: {
      name: 'Hôpitaux Iris Sud – site Etterbeek-Ixelles',
      street: 'Rue Jean Paquot 63',
      city: 'Ixelles',
    },
    nl: {
      name: 'Iris Ziekenhuizen Zuid – campus Etterbeek-Elsene',
      street: 'Jean Paquotstraat 63',
      city: 'Elsene',
    },
    sections: {
      description: describe(
        'Le site Etterbeek-Ixelles',
        'De campus Etterbeek-Elsene',
        'hôpital public de quartier, avec maternité et consultations pédiatriques.',
        'openbaar buurtziekenhuis met materniteit en kinderraadplegingen.',
      ),
      access: access(
        'Bus 95 et 71 à proximité ; gare d’Etterbeek à dix minutes à pied.',
        'Bus 95 en 71 in de buurt; station Etterbeek op tien minuten wandelen.',
      ),
      maternity: maternity('Etterbeek-Ixelles', '2025-12-01'),
      paediatrics: { fr: paediatrics('Etterbeek-Ixelles', 20).fr },
      financialService: financialService('Etterbeek-Ixelles'),
    },
  },
];
