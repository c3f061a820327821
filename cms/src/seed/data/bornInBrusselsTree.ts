import type { SeedSection } from '../types.ts';

/** A sub-section: title only, its order following the list. */
function subs(parent: string, items: [key: string, fr: string, nl: string][]): SeedSection[] {
  return items.map(([key, fr, nl], index) => ({
    key,
    parent,
    order: index + 1,
    fr: { title: fr },
    nl: { title: nl },
  }));
}

/**
 * The Born in Brussels tree: the seven planned top sections with their sub-sections
 * (menu, sub-menu; the articles are the third level). Wording is ours.
 */
export const bornInBrusselsSections: SeedSection[] = [
  {
    key: 'life',
    order: 1,
    fr: {
      title: 'Vie affective et sexuelle',
      description: 'Relations, contraception, désir d’enfant : avant que bébé ne soit là.',
    },
    nl: {
      title: 'Relaties en seksualiteit',
      description: 'Relaties, anticonceptie, kinderwens: voor de baby er is.',
    },
  },
  ...subs('life', [
    ['life-relationships', 'Relations et consentement', 'Relaties en toestemming'],
    ['life-contraception', 'Contraception', 'Anticonceptie'],
    ['life-wish', 'Désir d’enfant', 'Kinderwens'],
    ['life-fertility', 'Fertilité et PMA', 'Vruchtbaarheid en medisch begeleide voortplanting'],
    ['life-unplanned', 'Grossesse non prévue', 'Onverwachte zwangerschap'],
    ['life-sti', 'Infections sexuellement transmissibles', 'Seksueel overdraagbare infecties'],
    ['life-young', 'Jeunes parents', 'Jonge ouders'],
  ]),
  {
    key: 'pregnancy',
    order: 2,
    fr: {
      title: 'Grossesse, bien naître',
      description: 'Le suivi de la grossesse, la préparation et la naissance.',
    },
    nl: {
      title: 'Zwangerschap, goed geboren worden',
      description: 'De opvolging van de zwangerschap, de voorbereiding en de geboorte.',
    },
  },
  ...subs('pregnancy', [
    ['pregnancy-followup', 'Suivi de grossesse', 'Zwangerschapsopvolging'],
    ['pregnancy-tests', 'Examens et dépistages', 'Onderzoeken en screenings'],
    ['pregnancy-work', 'Grossesse et travail', 'Zwangerschap en werk'],
    ['pregnancy-preparation', 'Préparation à la naissance', 'Voorbereiding op de geboorte'],
    ['pregnancy-birth', 'L’accouchement', 'De bevalling'],
    ['pregnancy-maternity', 'Le séjour à la maternité', 'Het verblijf op de materniteit'],
    ['pregnancy-premature', 'Naissance prématurée', 'Vroeggeboorte'],
    ['pregnancy-admin', 'Démarches administratives', 'Administratieve stappen'],
  ]),
  {
    key: 'lifestyle',
    order: 3,
    fr: {
      title: 'Hygiène de vie et prévention',
      description: 'Alimentation, tabac, vaccins : prendre soin de soi pour deux.',
    },
    nl: {
      title: 'Levensstijl en preventie',
      description: 'Voeding, roken, vaccins: voor twee zorgen.',
    },
  },
  ...subs('lifestyle', [
    ['lifestyle-food', 'Alimentation', 'Voeding'],
    ['lifestyle-tobacco', 'Tabac, alcool et drogues', 'Tabak, alcohol en drugs'],
    ['lifestyle-sport', 'Activité physique', 'Beweging'],
    ['lifestyle-vaccines', 'Vaccinations', 'Vaccinaties'],
    ['lifestyle-medicines', 'Médicaments', 'Geneesmiddelen'],
    ['lifestyle-home', 'Un logement sain et sûr', 'Een gezonde en veilige woning'],
  ]),
  {
    key: 'health',
    order: 4,
    fr: {
      title: 'Santé et bien-être',
      description: 'La santé physique et psychique de la mère, du bébé et du couple.',
    },
    nl: {
      title: 'Gezondheid en welzijn',
      description: 'De lichamelijke en psychische gezondheid van moeder, baby en koppel.',
    },
  },
  ...subs('health', [
    ['health-mental', 'Santé mentale périnatale', 'Perinatale geestelijke gezondheid'],
    ['health-postpartum', 'Après l’accouchement', 'Na de bevalling'],
    ['health-breastfeeding', 'Allaitement', 'Borstvoeding'],
    ['health-baby', 'La santé du bébé', 'De gezondheid van de baby'],
    ['health-sleep', 'Sommeil', 'Slaap'],
    ['health-chronic', 'Maladie et handicap', 'Ziekte en handicap'],
  ]),
  {
    key: 'parenthood',
    order: 5,
    fr: { title: 'Parentalité', description: 'Devenir parent, s’organiser, se faire aider.' },
    nl: { title: 'Ouderschap', description: 'Ouder worden, je organiseren, hulp vragen.' },
  },
  ...subs('parenthood', [
    ['parenthood-becoming', 'Devenir parent', 'Ouder worden'],
    ['parenthood-couple', 'Le couple après la naissance', 'Het koppel na de geboorte'],
    ['parenthood-single', 'Parent seul', 'Alleenstaande ouder'],
    ['parenthood-leave', 'Congés de naissance', 'Geboorteverlof'],
    ['parenthood-money', 'Aides financières', 'Financiële steun'],
    ['parenthood-migration', 'Parents venus d’ailleurs', 'Ouders van elders'],
    ['parenthood-support', 'Soutien à la parentalité', 'Opvoedingsondersteuning'],
  ]),
  {
    key: 'early',
    order: 6,
    fr: {
      title: 'Petite enfance',
      description: 'Les 1 000 premiers jours : accueil, développement, éveil.',
    },
    nl: {
      title: 'Jonge kinderen',
      description: 'De eerste 1000 dagen: opvang, ontwikkeling, ontdekken.',
    },
  },
  ...subs('early', [
    ['early-childcare', 'Accueil de l’enfant', 'Kinderopvang'],
    ['early-development', 'Développement', 'Ontwikkeling'],
    ['early-languages', 'Langues et éveil', 'Talen en ontdekken'],
    ['early-consultations', 'Consultations pour enfants', 'Consultaties voor kinderen'],
  ]),
  {
    key: 'sos',
    order: 7,
    fr: {
      title: 'SOS',
      // The emergency numbers come first: the section's lead is what a phone shows first.
      description:
        'Urgence : 112 (ambulance), 101 (police), 070 245 245 (Centre Antipoisons). Violences, détresse, sans logement : à qui s’adresser tout de suite.',
    },
    nl: {
      title: 'SOS',
      description:
        'Noodgeval: 112 (ambulance), 101 (politie), 070 245 245 (Antigifcentrum). Geweld, nood, zonder woning: bij wie je meteen terechtkunt.',
    },
  },
  ...subs('sos', [
    ['sos-emergencies', 'Urgences médicales', 'Medische noodgevallen'],
    ['sos-violence', 'Violences', 'Geweld'],
    ['sos-distress', 'Détresse psychologique', 'Psychische nood'],
    ['sos-housing', 'Sans logement', 'Zonder woning'],
    ['sos-undocumented', 'Sans titre de séjour', 'Zonder verblijfsvergunning'],
  ]),
];
