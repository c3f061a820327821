import type { SeedFicheSection } from '../types.ts';

/**
 * Section texts shared by the demo hospital fiches, written for the prototype. Each takes the
 * hospital's short name so the fiches read naturally; service details are illustrative.
 */
const demoFr =
  'Informations de démonstration : vérifiez auprès de l’hôpital avant de vous déplacer.';
const demoNl = 'Demonstratie-informatie: controleer bij het ziekenhuis voor je er naartoe gaat.';

const stamp = (validatedBy: string, validatedAt: string) => ({ validatedBy, validatedAt });

export function maternity(short: string, validatedAt = '2026-05-12'): SeedFicheSection {
  return {
    fr: [
      `La maternité de ${short} accompagne la grossesse, l’accouchement et les premiers jours, avec des sages-femmes présentes jour et nuit.`,
      '- consultations prénatales et préparation à la naissance\n- chambres mère-enfant où le bébé reste près de ses parents\n- soutien à l’allaitement pendant le séjour et par téléphone après le retour',
      demoFr,
    ],
    nl: [
      `De materniteit van ${short} begeleidt de zwangerschap, de bevalling en de eerste dagen, met vroedvrouwen die dag en nacht aanwezig zijn.`,
      '- prenatale consultaties en voorbereiding op de geboorte\n- moeder-kindkamers waar de baby bij de ouders blijft\n- steun bij borstvoeding tijdens het verblijf en telefonisch na de thuiskomst',
      demoNl,
    ],
    ...stamp('Cadre sage-femme (démo)', validatedAt),
  };
}

export function neonatology(short: string, intensive: boolean): SeedFicheSection {
  const levelFr = intensive
    ? 'Le service de néonatologie intensive (NIC)'
    : 'Le service de néonatologie (N*)';
  const levelNl = intensive
    ? 'De dienst intensieve neonatologie (NIC)'
    : 'De dienst neonatologie (N*)';
  return {
    fr: [
      `${levelFr} de ${short} accueille les bébés nés trop tôt ou qui ont besoin de soins particuliers après la naissance.`,
      'Les parents peuvent être présents à toute heure ; le peau-à-peau est encouragé dès que l’état du bébé le permet.',
    ],
    nl: [
      `${levelNl} van ${short} verzorgt baby’s die te vroeg geboren zijn of na de geboorte bijzondere zorg nodig hebben.`,
      'Ouders zijn op elk uur welkom; huid-op-huidcontact wordt aangemoedigd zodra de baby het aankan.',
    ],
  };
}

export function emergencies(short: string, dedicated: boolean): SeedFicheSection {
  return {
    fr: [
      dedicated
        ? `${short} dispose d’urgences pédiatriques distinctes des urgences adultes, ouvertes 24 heures sur 24.`
        : `Aux urgences de ${short}, les enfants sont pris en charge par un pédiatre de garde, 24 heures sur 24.`,
      'Pour un problème qui peut attendre, appelez d’abord votre médecin traitant ou le poste de garde de votre commune.',
    ],
    nl: [
      dedicated
        ? `${short} heeft een spoedafdeling voor kinderen, los van die voor volwassenen, dag en nacht open.`
        : `Op de spoedafdeling van ${short} worden kinderen dag en nacht door een pediater van wacht opgevangen.`,
      'Kan het wachten? Bel dan eerst je huisarts of de huisartsenwachtpost van je gemeente.',
    ],
    ...stamp('Coordination des urgences (démo)', '2026-04-03'),
  };
}

export function paediatrics(short: string, beds: number): SeedFicheSection {
  return {
    fr: [
      `Le service de pédiatrie de ${short} compte environ ${beds} lits (chiffre de démonstration). Un parent peut rester auprès de son enfant jour et nuit.`,
      'Une salle de jeux, des éducateurs et des bénévoles aident l’enfant à garder un rythme d’enfant pendant le séjour.',
    ],
    nl: [
      `De kinderafdeling van ${short} telt ongeveer ${beds} bedden (demonstratiecijfer). Een ouder mag dag en nacht bij het kind blijven.`,
      'Een speelkamer, opvoeders en vrijwilligers helpen het kind om ook tijdens het verblijf gewoon kind te zijn.',
    ],
    ...stamp('Infirmière en chef de pédiatrie (démo)', '2026-06-18'),
  };
}

export function generalServices(short: string): SeedFicheSection {
  return {
    fr: [
      `${short} propose une cafétéria, un service social, un service de médiation, des aumôniers et conseillers laïcs, et un accès Wi-Fi gratuit pour les familles.`,
    ],
    nl: [
      `${short} heeft een cafetaria, een sociale dienst, een ombudsdienst, pastorale en morele consulenten, en gratis wifi voor de gezinnen.`,
    ],
  };
}

export function financialService(short: string): SeedFicheSection {
  return {
    fr: [
      `Le service des admissions de ${short} explique les frais avant l’hospitalisation : type de chambre, suppléments et acompte éventuel.`,
      'En cas de difficulté à payer une facture, contactez le service financier ou le service social : un plan de paiement est souvent possible.',
    ],
    nl: [
      `De opnamedienst van ${short} legt de kosten uit vóór de opname: kamertype, supplementen en een eventueel voorschot.`,
      'Lukt het niet om een factuur te betalen? Neem contact op met de financiële of de sociale dienst: een afbetalingsplan is vaak mogelijk.',
    ],
  };
}

export function childPsychiatry(short: string): SeedFicheSection {
  return {
    fr: [
      `L’équipe de pédopsychiatrie de ${short} reçoit les enfants et adolescents en consultation et travaille avec les services de pédiatrie quand une maladie pèse sur le moral.`,
    ],
    nl: [
      `Het team kinderpsychiatrie van ${short} ontvangt kinderen en jongeren op consultatie en werkt samen met de kinderafdeling wanneer een ziekte zwaar weegt.`,
    ],
    ...stamp('Secrétariat de pédopsychiatrie (démo)', '2025-11-20'),
  };
}

export function hospitalSchool(short: string): SeedFicheSection {
  return {
    fr: [
      `Des enseignants de l’école à l’hôpital passent chaque jour d’école dans le service de ${short}, en classe ou au lit de l’enfant, en lien avec son école d’origine.`,
    ],
    nl: [
      `Leerkrachten van de ziekenhuisschool komen elke schooldag langs op de afdeling van ${short}, in de klas of aan bed, in overleg met de eigen school van het kind.`,
    ],
  };
}
