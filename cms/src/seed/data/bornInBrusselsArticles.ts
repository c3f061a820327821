import type { SeedArticle, SeedReuse } from '../types.ts';

/**
 * Born in Brussels demonstration articles, several of them placed in more than one branch
 * of the tree (the first section is the canonical place). Texts are ours.
 */
const demoFr = 'Texte de démonstration rédigé pour ce prototype.';
const demoNl = 'Demonstratietekst geschreven voor dit prototype.';

export const bornInBrusselsArticles: SeedArticle[] = [
  {
    key: 'bib-first-visit',
    kind: 'page',
    sections: ['pregnancy-followup', 'life-unplanned'],
    themes: ['pregnancy'],
    publishedAt: '2026-03-10T09:00:00.000Z',
    fr: {
      title: 'Le premier rendez-vous de grossesse',
      summary: 'Quand consulter, chez qui, et ce qui se passe lors de la première visite.',
      body: [
        demoFr,
        'Le premier rendez-vous confirme la grossesse, estime la date du terme et lance le calendrier des examens.',
        '## Chez qui ?',
        '- un ou une gynécologue\n- une sage-femme indépendante ou hospitalière\n- une consultation prénatale de quartier, gratuite',
        'Emportez votre carte d’identité et, si vous en avez une, votre carte de mutualité. Sans mutualité, le suivi reste possible : parlez-en au service social.',
      ],
    },
    nl: {
      title: 'De eerste zwangerschapsafspraak',
      summary: 'Wanneer, bij wie, en wat er gebeurt op het eerste bezoek.',
      body: [
        demoNl,
        'De eerste afspraak bevestigt de zwangerschap, schat de uitgerekende datum en zet de kalender van onderzoeken in gang.',
        '## Bij wie?',
        '- een gynaecoloog\n- een zelfstandige of ziekenhuisvroedvrouw\n- een gratis prenatale consultatie in de buurt',
        'Neem je identiteitskaart mee en, als je er een hebt, je ziekenfondskaart. Zonder ziekenfonds kan de opvolging ook: praat erover met de sociale dienst.',
      ],
    },
  },
  {
    key: 'bib-prenatal-tests',
    kind: 'page',
    sections: ['pregnancy-tests', 'pregnancy-followup'],
    themes: ['pregnancy'],
    publishedAt: '2026-03-18T09:00:00.000Z',
    fr: {
      title: 'Échographies et prises de sang : le calendrier des examens',
      summary: 'Les examens proposés à chaque trimestre et ce qu’ils permettent de vérifier.',
      body: [
        demoFr,
        'Trois échographies rythment en général une grossesse sans complication, complétées par des prises de sang.',
        '- premier trimestre : datation et dépistages proposés\n- deuxième trimestre : échographie morphologique\n- troisième trimestre : croissance et position du bébé',
      ],
    },
    nl: {
      title: 'Echo’s en bloedafnames: de kalender van onderzoeken',
      summary: 'De onderzoeken per trimester en wat ze nagaan.',
      body: [
        demoNl,
        'Een zwangerschap zonder complicaties telt meestal drie echo’s, aangevuld met bloedafnames.',
        '- eerste trimester: datering en aangeboden screenings\n- tweede trimester: morfologische echo\n- derde trimester: groei en ligging van de baby',
      ],
    },
  },
  {
    key: 'bib-maternity-bag',
    kind: 'page',
    sections: ['pregnancy-maternity', 'pregnancy-preparation'],
    themes: ['birth'],
    publishedAt: '2026-04-02T09:00:00.000Z',
    fr: {
      title: 'La valise de maternité',
      summary: 'Ce qu’il faut prévoir pour la maman, le bébé et le parent qui accompagne.',
      body: [
        demoFr,
        'Préparez la valise vers le huitième mois, pour partir sereinement le moment venu.',
        '- pour vous : vêtements amples, chemise d’allaitement, trousse de toilette\n- pour le bébé : bodies, pyjamas, bonnet, siège-auto pour le retour\n- les papiers : carte d’identité, carte de mutualité, dossier de grossesse',
      ],
    },
    nl: {
      title: 'De valies voor de materniteit',
      summary: 'Wat je meeneemt voor de mama, de baby en de ouder die meegaat.',
      body: [
        demoNl,
        'Maak de valies klaar rond de achtste maand, zodat je rustig kunt vertrekken.',
        '- voor jezelf: ruime kleren, voedingshemd, toiletzak\n- voor de baby: rompertjes, pyjama’s, mutsje, autostoel voor de terugweg\n- de papieren: identiteitskaart, ziekenfondskaart, zwangerschapsdossier',
      ],
    },
  },
  {
    key: 'bib-baby-blues',
    kind: 'page',
    sections: ['health-mental', 'health-postpartum', 'sos-distress'],
    themes: ['perinatal-mental-health'],
    publishedAt: '2026-04-20T09:00:00.000Z',
    fr: {
      title: 'Baby blues ou dépression : savoir faire la différence',
      summary:
        'Les larmes des premiers jours sont fréquentes ; quand elles durent, il faut en parler.',
      body: [
        demoFr,
        'Le baby blues survient souvent entre le troisième et le dixième jour et passe en quelques jours.',
        'Si la tristesse, l’épuisement ou l’angoisse durent plus de deux semaines, il peut s’agir d’une dépression du post-partum. Elle se soigne : parlez-en à votre sage-femme, à votre médecin ou à une consultation ONE.',
      ],
    },
    nl: {
      title: 'Babyblues of depressie: het verschil herkennen',
      summary: 'Tranen in de eerste dagen zijn normaal; als ze blijven, praat er dan over.',
      body: [
        demoNl,
        'De babyblues komt vaak tussen de derde en de tiende dag en gaat binnen enkele dagen over.',
        'Blijven verdriet, uitputting of angst langer dan twee weken, dan kan het om een postpartumdepressie gaan. Die is te behandelen: praat erover met je vroedvrouw, je arts of een consultatiebureau.',
      ],
    },
  },
  {
    key: 'bib-breastfeeding-start',
    kind: 'page',
    sections: ['health-breastfeeding', 'pregnancy-maternity'],
    themes: ['breastfeeding'],
    publishedAt: '2026-05-04T09:00:00.000Z',
    fr: {
      title: 'Bien démarrer l’allaitement',
      summary: 'Les premières tétées, les signes que bébé boit bien, et où trouver de l’aide.',
      body: [
        demoFr,
        'Le peau-à-peau dès la naissance favorise la première tétée. Les premiers jours, le bébé boit souvent et peu.',
        'En cas de douleur ou de doute, demandez l’aide d’une sage-femme ou d’une consultante en lactation : un petit ajustement change souvent tout.',
      ],
    },
    nl: {
      title: 'Goed starten met borstvoeding',
      summary: 'De eerste voedingen, tekenen dat de baby goed drinkt, en waar je hulp vindt.',
      body: [
        demoNl,
        'Huid-op-huidcontact meteen na de geboorte helpt bij de eerste voeding. De eerste dagen drinkt de baby vaak en weinig.',
        'Heb je pijn of twijfel, vraag dan hulp aan een vroedvrouw of lactatiekundige: een kleine aanpassing maakt vaak het verschil.',
      ],
    },
  },
  {
    key: 'bib-birth-declaration',
    kind: 'page',
    sections: ['pregnancy-admin', 'parenthood-becoming'],
    themes: ['birth'],
    publishedAt: '2026-05-15T09:00:00.000Z',
    fr: {
      title: 'Déclarer la naissance à la commune',
      summary: 'Délai, documents et choix du nom : la déclaration de naissance pas à pas.',
      body: [
        demoFr,
        'La naissance se déclare dans les quinze jours à la commune où l’enfant est né ; plusieurs maternités bruxelloises permettent de le faire sur place.',
        'Prévoyez les cartes d’identité des parents et l’attestation de naissance remise par la maternité.',
      ],
    },
    nl: {
      title: 'De geboorte aangeven bij de gemeente',
      summary: 'Termijn, documenten en de keuze van de naam: de geboorteaangifte stap voor stap.',
      body: [
        demoNl,
        'De geboorte wordt binnen vijftien dagen aangegeven in de gemeente waar het kind geboren is; in verschillende Brusselse materniteiten kan dat ter plaatse.',
        'Neem de identiteitskaarten van de ouders mee en het geboorteattest van de materniteit.',
      ],
    },
  },
  {
    key: 'bib-childcare-search',
    kind: 'page',
    sections: ['early-childcare', 'parenthood-single', 'parenthood-leave'],
    themes: ['early-childhood'],
    publishedAt: '2026-06-01T09:00:00.000Z',
    fr: {
      title: 'Trouver un accueil pour son bébé à Bruxelles',
      summary:
        'Crèches, accueillantes, haltes-accueil : s’y prendre tôt et connaître les formules.',
      body: [
        demoFr,
        'À Bruxelles, les places sont rares : inscrivez-vous dès le troisième mois de grossesse.',
        '- crèches subventionnées, avec une participation selon les revenus\n- accueillantes à domicile\n- haltes-accueil pour quelques heures par semaine',
      ],
    },
    nl: {
      title: 'Opvang vinden voor je baby in Brussel',
      summary:
        'Kinderdagverblijven, onthaalouders, occasionele opvang: vroeg beginnen en de formules kennen.',
      body: [
        demoNl,
        'In Brussel zijn plaatsen schaars: schrijf je in vanaf de derde maand van de zwangerschap.',
        '- gesubsidieerde kinderdagverblijven met een bijdrage volgens inkomen\n- onthaalouders\n- occasionele opvang voor enkele uren per week',
      ],
    },
  },
  {
    key: 'bib-languages',
    kind: 'focus',
    sections: ['early-languages', 'parenthood-migration'],
    themes: ['early-childhood'],
    publishedAt: '2026-06-12T09:00:00.000Z',
    fr: {
      title: 'Grandir avec plusieurs langues : un atout, pas un obstacle',
      summary:
        'Parler à son bébé dans la langue de son cœur l’aide à apprendre les autres ensuite.',
      body: [
        demoFr,
        'Beaucoup de familles bruxelloises parlent à la maison une autre langue que le français ou le néerlandais. C’est une richesse.',
        'Parlez à votre enfant dans la langue que vous maîtrisez le mieux ; la crèche et l’école l’aideront à apprendre les langues de la ville.',
      ],
    },
  },
  {
    key: 'bib-emergency-signs',
    kind: 'page',
    sections: ['sos-emergencies', 'health-baby'],
    themes: ['early-childhood'],
    publishedAt: '2026-07-01T09:00:00.000Z',
    fr: {
      title: 'Bébé malade : quand faut-il appeler le 112 ?',
      summary:
        'Les signes qui demandent une aide immédiate et ceux qui peuvent attendre le médecin.',
      body: [
        demoFr,
        'Appelez le 112 si votre bébé a du mal à respirer, devient bleu, ne réagit plus ou convulse.',
        'Pour une fièvre chez un bébé de moins de trois mois, consultez le jour même un médecin ou les urgences pédiatriques.',
      ],
    },
    nl: {
      title: 'Zieke baby: wanneer bel je 112?',
      summary: 'De tekenen die meteen hulp vragen en die welke kunnen wachten op de arts.',
      body: [
        demoNl,
        'Bel 112 als je baby moeilijk ademt, blauw wordt, niet meer reageert of stuipen heeft.',
        'Bij koorts bij een baby jonger dan drie maanden ga je dezelfde dag naar een arts of de pediatrische spoed.',
      ],
    },
  },
  {
    key: 'bib-contraception-after',
    kind: 'page',
    sections: ['life-contraception', 'health-postpartum'],
    themes: ['contraception'],
    publishedAt: '2026-07-20T09:00:00.000Z',
    fr: {
      title: 'La contraception après la naissance',
      summary:
        'Une nouvelle grossesse est possible avant le retour des règles : autant y penser tôt.',
      body: [
        demoFr,
        'La fertilité peut revenir dès les premières semaines, même avant les premières règles.',
        'Parlez de contraception avec votre sage-femme ou votre médecin avant la sortie de la maternité : certaines méthodes sont compatibles avec l’allaitement.',
      ],
    },
    nl: {
      title: 'Anticonceptie na de geboorte',
      summary:
        'Je kunt opnieuw zwanger worden nog voor je menstruatie terug is: denk er vroeg aan.',
      body: [
        demoNl,
        'De vruchtbaarheid kan al na enkele weken terugkomen, zelfs voor de eerste menstruatie.',
        'Praat over anticonceptie met je vroedvrouw of arts voor je de materniteit verlaat: sommige methoden gaan samen met borstvoeding.',
      ],
    },
  },
];

/** Hospichild pages also placed in the Born in Brussels tree. */
export const bornInBrusselsReuse: SeedReuse[] = [
  { slug: 'passer-la-nuit-a-l-hopital-aupres-de-son-enfant', sections: ['health-chronic'] },
  {
    slug: 'preparer-son-enfant-a-une-hospitalisation',
    sections: ['health-chronic', 'health-baby'],
  },
];
