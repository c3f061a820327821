import type { BrusselsCommune, SpokenLanguage } from '@portals/content-models';
import type { MidwifeSpeciality } from '@portals/content-models/collections';

export interface SeedMidwife {
  name: string;
  languages: SpokenLanguage[];
  communes: BrusselsCommune[];
  specialities: MidwifeSpeciality[];
  /** Unallocated 02/000 numbers: nobody real answers a demo. */
  phone: string;
  availability: { fr: string; nl: string };
}

/**
 * Fictitious independent midwives for Born in Brussels' "find a midwife" (demo data, written
 * for this project): invented names, example.org addresses, 02/000 phone numbers.
 */
export const midwives: SeedMidwife[] = [
  {
    name: 'Amandine Verhulst (démo)',
    languages: ['fr', 'nl', 'en'],
    communes: ['ixelles', 'etterbeek', 'saint-gilles'],
    specialities: ['prenatal', 'postnatal', 'breastfeeding'],
    phone: '02/000.10.01',
    availability: {
      fr: 'Consultations le mardi et le jeudi ; visites à domicile en semaine.',
      nl: 'Raadplegingen op dinsdag en donderdag; huisbezoeken op weekdagen.',
    },
  },
  {
    name: 'Yasmina El Idrissi (démo)',
    languages: ['fr', 'ar', 'ber'],
    communes: ['molenbeek-saint-jean', 'koekelberg', 'anderlecht'],
    specialities: ['prenatal', 'birthPreparation', 'postnatal'],
    phone: '02/000.10.02',
    availability: {
      fr: 'Visites à domicile du lundi au vendredi, le samedi matin sur rendez-vous.',
      nl: 'Huisbezoeken van maandag tot vrijdag, zaterdagvoormiddag op afspraak.',
    },
  },
  {
    name: 'Lotte Claessens (demo)',
    languages: ['nl', 'fr', 'en'],
    communes: ['jette', 'ganshoren', 'berchem-sainte-agathe'],
    specialities: ['homeBirth', 'postnatal'],
    phone: '02/000.10.03',
    availability: {
      fr: 'Accompagnement global, de la grossesse au retour à la maison.',
      nl: 'Globale begeleiding, van de zwangerschap tot na de thuiskomst.',
    },
  },
  {
    name: 'Elif Demir (démo)',
    languages: ['fr', 'tr', 'nl'],
    communes: ['schaerbeek', 'saint-josse-ten-noode', 'evere'],
    specialities: ['prenatal', 'breastfeeding'],
    phone: '02/000.10.04',
    availability: {
      fr: 'Consultations le lundi et le mercredi après-midi.',
      nl: 'Raadplegingen op maandag- en woensdagnamiddag.',
    },
  },
  {
    name: 'Marta Oliveira (démo)',
    languages: ['fr', 'pt', 'es'],
    communes: ['saint-gilles', 'forest', 'anderlecht'],
    specialities: ['birthPreparation', 'perinealRehabilitation'],
    phone: '02/000.10.05',
    availability: {
      fr: 'Séances de préparation en groupe le samedi ; rééducation sur rendez-vous.',
      nl: 'Groepsvoorbereiding op zaterdag; revalidatie op afspraak.',
    },
  },
  {
    name: 'Ioana Popescu (démo)',
    languages: ['fr', 'ro', 'en'],
    communes: ['bruxelles', 'ixelles'],
    specialities: ['postnatal', 'breastfeeding'],
    phone: '02/000.10.06',
    availability: {
      fr: 'Visites postnatales à domicile, sept jours sur sept les deux premières semaines.',
      nl: 'Postnatale huisbezoeken, zeven dagen op zeven tijdens de eerste twee weken.',
    },
  },
  {
    name: 'Agnieszka Nowak (démo)',
    languages: ['pl', 'fr', 'en'],
    communes: ['uccle', 'forest', 'watermael-boitsfort'],
    specialities: ['prenatal', 'perinealRehabilitation'],
    phone: '02/000.10.07',
    availability: {
      fr: 'Consultations au cabinet le jeudi et le vendredi.',
      nl: 'Raadplegingen in de praktijk op donderdag en vrijdag.',
    },
  },
  {
    name: 'Grâce Mbuyi (démo)',
    languages: ['fr', 'ln', 'sw'],
    communes: ['ixelles', 'bruxelles', 'saint-gilles'],
    specialities: ['prenatal', 'postnatal'],
    phone: '02/000.10.08',
    availability: {
      fr: 'Visites à domicile en soirée possibles, sur rendez-vous.',
      nl: 'Huisbezoeken ’s avonds mogelijk, op afspraak.',
    },
  },
  {
    name: 'Sophie Lambert (démo)',
    languages: ['fr'],
    communes: ['woluwe-saint-lambert', 'woluwe-saint-pierre', 'auderghem'],
    specialities: ['homeBirth', 'birthPreparation', 'postnatal'],
    phone: '02/000.10.09',
    availability: {
      fr: 'Suivi global et accouchement à domicile ; disponibilités à convenir.',
      nl: 'Globale opvolging en thuisbevalling; beschikbaarheid in overleg.',
    },
  },
  {
    name: 'Fien De Smet (demo)',
    languages: ['nl', 'en'],
    communes: ['bruxelles', 'schaerbeek', 'evere'],
    specialities: ['postnatal', 'breastfeeding'],
    phone: '02/000.10.10',
    availability: {
      fr: 'Visites à domicile en néerlandais ou en anglais, du lundi au samedi.',
      nl: 'Huisbezoeken in het Nederlands of Engels, van maandag tot zaterdag.',
    },
  },
  {
    name: 'Nadia Benali (démo)',
    languages: ['fr', 'ar', 'nl'],
    communes: ['anderlecht', 'molenbeek-saint-jean', 'forest'],
    specialities: ['prenatal', 'postnatal', 'breastfeeding'],
    phone: '02/000.10.11',
    availability: {
      fr: 'Permanence téléphonique le matin ; visites l’après-midi.',
      nl: 'Telefonische permanentie ’s ochtends; bezoeken ’s namiddags.',
    },
  },
  {
    name: 'Olena Kovalenko (démo)',
    languages: ['uk', 'ru', 'en', 'fr'],
    communes: ['etterbeek', 'auderghem', 'ixelles'],
    specialities: ['prenatal', 'postnatal'],
    phone: '02/000.10.12',
    availability: {
      fr: 'Consultations le mercredi ; visites à domicile le week-end.',
      nl: 'Raadplegingen op woensdag; huisbezoeken in het weekend.',
    },
  },
];
