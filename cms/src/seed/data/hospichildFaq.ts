import type { SeedFaq } from '../types.ts';

/**
 * Hospichild's demonstration FAQ, in our own words, on several themes and in both languages
 * (one in French only, as happens while a translation is pending). General orientation only.
 */
const hospichild = ['hospichild'] as const;
const note =
  'Réponse de démonstration : renseignez-vous auprès de l’hôpital ou de votre mutualité.';
const noteNl = 'Demonstratieantwoord: vraag het na bij het ziekenhuis of je ziekenfonds.';

export const hospichildFaq: SeedFaq[] = [
  {
    key: 'hc-stay-overnight',
    themes: ['hospitalisation'],
    portals: [...hospichild],
    daysAgo: 15,
    fr: {
      question: 'Puis-je rester la nuit auprès de mon enfant hospitalisé ?',
      answer: [
        'Dans la plupart des services de pédiatrie, un parent peut dormir dans la chambre, sur un lit d’appoint ou un fauteuil. Demandez-le dès l’admission.',
        note,
      ],
    },
    nl: {
      question: 'Mag ik ’s nachts bij mijn opgenomen kind blijven?',
      answer: [
        'Op de meeste kinderafdelingen mag een ouder op de kamer slapen, op een extra bed of in een zetel. Vraag het bij de opname.',
        noteNl,
      ],
    },
  },
  {
    key: 'hc-prepare-child',
    themes: ['hospitalisation'],
    portals: [...hospichild],
    daysAgo: 45,
    fr: {
      question: 'Comment expliquer une opération à un jeune enfant ?',
      answer: [
        'Avec des mots simples et vrais, quelques jours avant, pas trop tôt. Certains hôpitaux proposent une visite du service ou un livret illustré.',
        note,
      ],
    },
    nl: {
      question: 'Hoe leg ik een operatie uit aan een jong kind?',
      answer: [
        'Met eenvoudige en eerlijke woorden, enkele dagen vooraf, niet te vroeg. Sommige ziekenhuizen bieden een bezoek aan de afdeling of een geïllustreerd boekje aan.',
        noteNl,
      ],
    },
  },
  {
    key: 'hc-chronic-school',
    themes: ['chronic-illness'],
    portals: [...hospichild],
    daysAgo: 30,
    fr: {
      question: 'Mon enfant a une maladie chronique : l’école doit-elle être prévenue ?',
      answer: [
        'C’est vivement conseillé. Un plan écrit avec le médecin scolaire précise les soins, les signes d’alerte et qui appeler en cas de besoin.',
        note,
      ],
    },
    nl: {
      question: 'Mijn kind heeft een chronische ziekte: moet de school het weten?',
      answer: [
        'Dat is sterk aan te raden. Een schriftelijk plan met de schoolarts beschrijft de zorg, de alarmsignalen en wie je belt als het nodig is.',
        noteNl,
      ],
    },
  },
  {
    key: 'hc-disability-allowance',
    themes: ['disability'],
    portals: [...hospichild],
    daysAgo: 60,
    fr: {
      question: 'Existe-t-il une aide financière pour un enfant en situation de handicap ?',
      answer: [
        'Oui : un supplément aux allocations familiales peut être accordé selon l’impact du handicap sur l’enfant et la famille. La demande passe par la caisse d’allocations familiales.',
        note,
      ],
    },
    nl: {
      question: 'Bestaat er financiële steun voor een kind met een handicap?',
      answer: [
        'Ja: afhankelijk van de gevolgen van de handicap voor het kind en het gezin kan een toeslag op de kinderbijslag worden toegekend. De aanvraag loopt via het kinderbijslagfonds.',
        noteNl,
      ],
    },
  },
  {
    key: 'hc-patient-rights-minor',
    themes: ['patient-rights'],
    portals: [...hospichild],
    daysAgo: 20,
    fr: {
      question: 'Mon enfant peut-il donner son avis sur ses soins ?',
      answer: [
        'Oui. Un enfant est associé aux décisions selon son âge et sa maturité, et peut exercer lui-même certains droits du patient quand il est capable de les comprendre.',
        note,
      ],
    },
    nl: {
      question: 'Mag mijn kind zijn mening geven over zijn zorg?',
      answer: [
        'Ja. Een kind wordt betrokken bij beslissingen naargelang zijn leeftijd en maturiteit, en kan bepaalde patiëntenrechten zelf uitoefenen als het ze begrijpt.',
        noteNl,
      ],
    },
  },
  {
    key: 'hc-hospital-bill',
    themes: ['health-insurance', 'hospitalisation'],
    portals: [...hospichild],
    answeredBy: 'inami',
    daysAgo: 8,
    fr: {
      question: 'Quels frais restent à ma charge après l’hospitalisation de mon enfant ?',
      answer: [
        'En chambre commune, la mutualité rembourse l’essentiel ; il reste le ticket modérateur et certains suppléments. Avec le statut BIM, la part personnelle est réduite.',
        note,
      ],
    },
    nl: {
      question: 'Welke kosten betaal ik zelf na de ziekenhuisopname van mijn kind?',
      answer: [
        'In een gemeenschappelijke kamer betaalt het ziekenfonds het grootste deel; het remgeld en sommige supplementen blijven over. Met het VT-statuut is je eigen aandeel lager.',
        noteNl,
      ],
    },
  },
  {
    key: 'hc-transport-costs',
    themes: ['chronic-illness'],
    portals: [...hospichild],
    daysAgo: 90,
    fr: {
      question: 'Les trajets répétés vers l’hôpital sont-ils remboursés ?',
      answer: [
        'Certaines mutualités remboursent une partie des déplacements pour des traitements répétés, comme une dialyse ou une chimiothérapie. Renseignez-vous auprès de la vôtre.',
        note,
      ],
    },
  },
];
