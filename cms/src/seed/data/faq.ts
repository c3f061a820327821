import type { SeedFaq } from '../types.ts';

/**
 * Fifteen demonstration FAQ entries in our own words. The answers are general orientation,
 * marked as demo content, and never replace the organisations' own information.
 */
const sae = ['seul-avec-enfant'] as const;
const bib = ['born-in-brussels'] as const;
const note = 'Réponse de démonstration : vérifiez votre situation auprès de l’organisation citée.';
const noteNl = 'Demonstratieantwoord: controleer je situatie bij de genoemde organisatie.';

export const faqEntries: SeedFaq[] = [
  {
    key: 'maintenance-unpaid',
    themes: ['maintenance'],
    portals: [...sae],
    answeredBy: 'secal',
    daysAgo: 12,
    fr: {
      question: 'L’autre parent ne paie plus la contribution alimentaire : que faire ?',
      answer: [
        'Le SECAL peut verser des avances sur la contribution due et se charger de la récupérer auprès du parent débiteur, sous conditions de revenus.',
        note,
      ],
    },
  },
  {
    key: 'maintenance-amount',
    themes: ['maintenance'],
    portals: [...sae],
    answeredBy: 'secal',
    daysAgo: 40,
    fr: {
      question: 'Qui fixe le montant de la contribution alimentaire ?',
      answer: [
        'Les parents peuvent s’accorder entre eux ; à défaut, c’est le tribunal de la famille qui le fixe en tenant compte des besoins de l’enfant et des revenus de chacun.',
        note,
      ],
    },
  },
  {
    key: 'childcare-priority',
    themes: ['early-childhood'],
    portals: [...sae],
    answeredBy: 'one',
    daysAgo: 25,
    fr: {
      question: 'Un parent seul est-il prioritaire pour une place en crèche ?',
      answer: [
        'Certaines crèches réservent des places aux familles en situation particulière. Inscrivez-vous tôt et signalez votre situation lors de la demande.',
        note,
      ],
    },
  },
  {
    key: 'social-income-housing',
    themes: ['social-income'],
    portals: [...sae],
    answeredBy: 'mi-is',
    daysAgo: 60,
    fr: {
      question: 'Puis-je demander le revenu d’intégration si j’héberge seul mon enfant ?',
      answer: [
        'Oui, le CPAS de votre commune examine la demande ; le taux « personne avec charge de famille » s’applique quand vous vivez avec un enfant mineur à charge.',
        note,
      ],
    },
  },
  {
    key: 'tax-shared-custody',
    themes: ['tax'],
    portals: [...sae],
    answeredBy: 'spf-finances',
    daysAgo: 33,
    fr: {
      question: 'En hébergement égalitaire, qui déclare l’enfant à charge ?',
      answer: [
        'Les parents peuvent répartir l’avantage fiscal lié à l’enfant s’ils remplissent les conditions de l’hébergement égalitaire et le mentionnent dans leur déclaration.',
        note,
      ],
    },
  },
  {
    key: 'unemployment-childcare',
    themes: ['unemployment'],
    portals: [...sae],
    answeredBy: 'onem',
    daysAgo: 90,
    fr: {
      question:
        'Puis-je refuser un emploi dont les horaires empêchent de faire garder mon enfant ?',
      answer: [
        'Des règles tiennent compte des contraintes familiales. Expliquez votre situation à votre organisme de paiement avant de refuser une offre.',
        note,
      ],
    },
  },
  {
    key: 'bim-status',
    themes: ['health-insurance'],
    portals: [...sae],
    answeredBy: 'inami',
    daysAgo: 15,
    fr: {
      question: 'Comment obtenir le statut BIM pour mes soins et ceux de mon enfant ?',
      answer: [
        'Le statut BIM s’accorde selon les revenus du ménage ; la demande se fait auprès de votre mutualité, qui vous indique les documents à fournir.',
        note,
      ],
    },
  },
  {
    key: 'family-allowance-supplement',
    themes: ['family-allowances'],
    portals: [...sae],
    answeredBy: 'famiwal',
    daysAgo: 70,
    fr: {
      question:
        'Existe-t-il un supplément d’allocations familiales pour les familles monoparentales ?',
      answer: [
        'En Wallonie, un supplément peut être accordé selon les revenus du ménage. Votre caisse d’allocations familiales l’examine d’office ou sur demande.',
        note,
      ],
    },
  },
  {
    key: 'separation-home',
    themes: ['separation'],
    portals: [...sae],
    answeredBy: 'notaries',
    daysAgo: 55,
    fr: {
      question: 'Nous nous séparons : qui reste dans le logement familial ?',
      answer: [
        'En cas de désaccord, le juge peut attribuer provisoirement le logement en tenant compte notamment de l’intérêt des enfants. Un notaire peut aider à régler ensuite le sort du bien.',
        note,
      ],
    },
  },
  {
    key: 'violence-help',
    themes: ['violence'],
    portals: [...sae],
    answeredBy: 'droits-quotidiens',
    daysAgo: 8,
    fr: {
      question: 'Je subis des violences : puis-je partir avec mon enfant ?',
      answer: [
        'Votre sécurité et celle de votre enfant passent d’abord. Contactez une ligne d’écoute spécialisée ou la police ; une aide juridique vous expliquera ensuite les démarches liées à l’hébergement.',
        note,
      ],
    },
  },
  {
    key: 'housing-guarantee',
    themes: ['housing'],
    portals: [...sae],
    answeredBy: 'housing',
    daysAgo: 100,
    fr: {
      question: 'Existe-t-il une aide pour la garantie locative ?',
      answer: [
        'Des prêts sans intérêt et des interventions du CPAS existent pour constituer la garantie locative. Renseignez-vous avant de signer le bail.',
        note,
      ],
    },
  },
  {
    key: 'pregnancy-first-visit',
    themes: ['pregnancy'],
    portals: [...bib],
    daysAgo: 20,
    fr: {
      question: 'Quand prendre le premier rendez-vous de suivi de grossesse ?',
      answer: [
        'Idéalement dès que vous savez que vous êtes enceinte, avant la fin du troisième mois, chez un gynécologue, une sage-femme ou en consultation prénatale.',
        note,
      ],
    },
    nl: {
      question: 'Wanneer maak ik de eerste afspraak voor de zwangerschapsopvolging?',
      answer: [
        'Liefst zodra je weet dat je zwanger bent, vóór het einde van de derde maand, bij een gynaecoloog, een vroedvrouw of op de prenatale consultatie.',
        noteNl,
      ],
    },
  },
  {
    key: 'pregnancy-no-insurance',
    themes: ['pregnancy'],
    portals: [...bib],
    daysAgo: 48,
    fr: {
      question: 'Je n’ai pas de mutualité : puis-je être suivie pendant ma grossesse ?',
      answer: [
        'Oui. Des consultations prénatales gratuites existent et le CPAS peut prendre en charge certains frais médicaux. Les maternités ont un service social pour vous aider.',
        note,
      ],
    },
    nl: {
      question: 'Ik heb geen ziekenfonds: kan ik toch opgevolgd worden tijdens mijn zwangerschap?',
      answer: [
        'Ja. Er bestaan gratis prenatale consultaties en het OCMW kan bepaalde medische kosten dragen. Materniteiten hebben een sociale dienst die je helpt.',
        noteNl,
      ],
    },
  },
  {
    key: 'breastfeeding-work',
    themes: ['breastfeeding'],
    portals: [...bib],
    daysAgo: 75,
    fr: {
      question: 'Puis-je continuer d’allaiter en reprenant le travail ?',
      answer: [
        'Oui : les travailleuses peuvent prendre des pauses d’allaitement rémunérées sous conditions. Parlez-en à votre employeur avant la reprise.',
        note,
      ],
    },
    nl: {
      question: 'Kan ik borstvoeding blijven geven als ik weer ga werken?',
      answer: [
        'Ja: werkneemsters kunnen onder voorwaarden betaalde borstvoedingspauzes nemen. Bespreek het met je werkgever voor je terug begint.',
        noteNl,
      ],
    },
  },
  {
    key: 'baby-blues',
    themes: ['perinatal-mental-health'],
    portals: [...bib],
    daysAgo: 5,
    fr: {
      question: 'Je pleure souvent depuis la naissance : est-ce normal ?',
      answer: [
        'Un coup de blues dans les jours qui suivent la naissance est fréquent. S’il dure plus de deux semaines ou vous inquiète, parlez-en à votre sage-femme ou à votre médecin.',
        note,
      ],
    },
    nl: {
      question: 'Ik huil vaak sinds de geboorte: is dat normaal?',
      answer: [
        'Een dip in de dagen na de geboorte komt vaak voor. Duurt het langer dan twee weken of maak je je zorgen, praat er dan over met je vroedvrouw of arts.',
        noteNl,
      ],
    },
  },
];
