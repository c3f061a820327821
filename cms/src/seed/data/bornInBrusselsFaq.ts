import type { SeedFaq } from '../types.ts';

const bib = ['born-in-brussels'] as const;
const note = 'Réponse de démonstration : vérifiez votre situation auprès de l’organisme concerné.';
const noteNl = 'Demonstratieantwoord: controleer je situatie bij de betrokken instantie.';

/**
 * More demonstration FAQ entries of Born in Brussels, in our own words, on the questions
 * families ask around a birth; the FAQ assistant's examples ("combien d'argent reçoit-on à la
 * naissance ?") lead to them. General orientation, never a substitute for the services' answer.
 */
export const bornInBrusselsFaq: SeedFaq[] = [
  {
    key: 'birth-allowance',
    themes: ['birth'],
    portals: [...bib],
    daysAgo: 9,
    fr: {
      question: 'Comment obtenir la prime de naissance ?',
      answer: [
        'À Bruxelles, la prime de naissance fait partie des allocations familiales : une somme versée une seule fois pour chaque enfant qui naît. Demandez-la à la caisse d’allocations familiales de votre choix à partir du sixième mois de grossesse ; elle est payée quelques semaines avant la date prévue de l’accouchement. Votre caisse vous indique le montant exact.',
        note,
      ],
    },
    nl: {
      question: 'Hoe krijg ik het kraamgeld?',
      answer: [
        'In Brussel hoort het kraamgeld (de geboortepremie) bij de gezinsbijslag: een bedrag dat één keer per kind wordt betaald. Vraag het aan bij een kinderbijslagfonds naar keuze vanaf de zesde maand van de zwangerschap; het wordt enkele weken voor de verwachte bevallingsdatum betaald. Je fonds zegt je het precieze bedrag.',
        noteNl,
      ],
    },
  },
  {
    key: 'birth-declaration',
    themes: ['birth'],
    portals: [...bib],
    daysAgo: 14,
    fr: {
      question: 'Où déclarer la naissance de mon enfant ?',
      answer: [
        'La naissance se déclare à l’état civil de la commune où l’enfant est né, dans les quinze jours. Dans beaucoup de maternités bruxelloises, la déclaration peut se faire sur place avant le retour à la maison : demandez-le au service d’accueil.',
        note,
      ],
    },
    nl: {
      question: 'Waar doe ik aangifte van de geboorte van mijn kind?',
      answer: [
        'De geboorte wordt aangegeven bij de burgerlijke stand van de gemeente waar het kind geboren is, binnen vijftien dagen. In veel Brusselse materniteiten kan dat ter plaatse, voor je naar huis gaat: vraag het aan het onthaal.',
        noteNl,
      ],
    },
  },
  {
    key: 'maternity-leave',
    themes: ['pregnancy'],
    portals: [...bib],
    daysAgo: 30,
    fr: {
      question: 'Combien de temps dure le congé de maternité ?',
      answer: [
        'Pour une salariée, il dure quinze semaines, dont une partie avant l’accouchement et la plus grande partie après ; il est plus long pour des jumeaux. Les indépendantes ont un régime propre. Prévenez votre employeur et votre mutualité dès que vous connaissez la date prévue.',
        note,
      ],
    },
    nl: {
      question: 'Hoelang duurt het moederschapsverlof?',
      answer: [
        'Voor een werkneemster duurt het vijftien weken, een deel voor de bevalling en het grootste deel erna; bij een tweeling is het langer. Zelfstandigen hebben een eigen regeling. Verwittig je werkgever en je ziekenfonds zodra je de verwachte datum kent.',
        noteNl,
      ],
    },
  },
  {
    key: 'baby-vaccines',
    themes: ['early-childhood'],
    portals: [...bib],
    answeredBy: 'one',
    daysAgo: 22,
    fr: {
      question: 'Où faire vacciner mon bébé, et est-ce payant ?',
      answer: [
        'Les vaccins recommandés pour les tout-petits sont gratuits. Ils peuvent être faits lors des consultations pour enfants de l’ONE, chez le pédiatre ou chez le médecin de famille, qui vous remettent un carnet à garder précieusement.',
        note,
      ],
    },
    nl: {
      question: 'Waar laat ik mijn baby vaccineren, en kost dat iets?',
      answer: [
        'De aanbevolen vaccins voor jonge kinderen zijn gratis. Ze worden gegeven op de consultaties van Kind en Gezin of de ONE, bij de kinderarts of bij de huisarts, die je een boekje meegeven om goed te bewaren.',
        noteNl,
      ],
    },
  },
  {
    key: 'safe-sleep',
    themes: ['early-childhood'],
    portals: [...bib],
    daysAgo: 35,
    fr: {
      question: 'Comment coucher mon bébé pour qu’il dorme en sécurité ?',
      answer: [
        'Sur le dos, dans son propre lit, sur un matelas ferme, sans oreiller, couette ni peluche, dans une pièce qui n’est pas trop chauffée. Le lit peut être dans la chambre des parents pendant les premiers mois.',
        note,
      ],
    },
    nl: {
      question: 'Hoe leg ik mijn baby veilig te slapen?',
      answer: [
        'Op de rug, in een eigen bedje, op een stevige matras, zonder kussen, dekbed of knuffels, in een kamer die niet te warm is. Het bedje mag de eerste maanden in de kamer van de ouders staan.',
        noteNl,
      ],
    },
  },
  {
    key: 'contraception-after-birth',
    themes: ['contraception'],
    portals: [...bib],
    daysAgo: 55,
    fr: {
      question: 'Quand penser à la contraception après l’accouchement ?',
      answer: [
        'Une nouvelle grossesse est possible avant le retour des règles, même en allaitant. Parlez de contraception avec votre sage-femme ou votre médecin dès la maternité ou à la visite de contrôle, quelques semaines après la naissance.',
        note,
      ],
    },
    nl: {
      question: 'Wanneer denk ik aan anticonceptie na de bevalling?',
      answer: [
        'Je kunt opnieuw zwanger worden nog voor je weer menstrueert, ook als je borstvoeding geeft. Bespreek anticonceptie met je vroedvrouw of arts al op de materniteit of bij de controle enkele weken na de geboorte.',
        noteNl,
      ],
    },
  },
];
