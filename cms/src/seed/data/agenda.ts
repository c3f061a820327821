import type { SeedAgendaItem } from '../types.ts';

/**
 * Twenty demonstration agenda items spread over past and coming months (dates relative to
 * the day of seeding). Organisers are named generically; every event is fictional.
 */
const hc = ['hospichild'] as const;
const bib = ['born-in-brussels'] as const;
const sae = ['seul-avec-enfant'] as const;
const demoFr = 'Évènement fictif, créé pour la démonstration.';
const demoNl = 'Fictief evenement, aangemaakt als demonstratie.';

export const agendaItems: SeedAgendaItem[] = [
  { key: 'pain-colloquium', kind: 'colloquium', inDays: -120, start: '09:00', end: '17:00', organiser: 'Réseau pédiatrique bruxellois (démo)', audiences: ['professionals'], themes: ['hospitalisation'], portals: [...hc], registrationUrl: 'https://www.example.org/inscription/douleur',
    fr: { title: 'Colloque : soulager la douleur de l’enfant à l’hôpital', description: ['Une journée pour partager les pratiques des équipes de pédiatrie face à la douleur des soins.', demoFr], place: 'Auditoire central, Bruxelles', price: '40 €, gratuit pour les étudiants' },
    nl: { title: 'Colloquium: pijn bij kinderen in het ziekenhuis verlichten', description: ['Een dag om ervaringen van kinderafdelingen uit te wisselen over pijn bij verzorging.', demoNl], place: 'Centraal auditorium, Brussel', price: '40 €, gratis voor studenten' } },
  { key: 'siblings-workshop', kind: 'event', inDays: -95, start: '14:00', end: '16:30', organiser: 'Maison des familles (démo)', audiences: ['parents'], themes: ['chronic-illness'], portals: [...hc],
    fr: { title: 'Atelier pour frères et sœurs d’enfants malades', description: ['Jeux, dessins et échanges pour les 6-12 ans dont un frère ou une sœur est soigné à l’hôpital.', demoFr], place: 'Ixelles', price: 'Gratuit' },
    nl: { title: 'Workshop voor broers en zussen van zieke kinderen', description: ['Spel, tekenen en praten voor 6- tot 12-jarigen van wie een broer of zus in het ziekenhuis verzorgd wordt.', demoNl], place: 'Elsene', price: 'Gratis' } },
  { key: 'breastfeeding-week', kind: 'event', inDays: -70, days: 5, allDay: true, organiser: 'Collectif allaitement Bruxelles (démo)', audiences: ['parents', 'professionals'], themes: ['breastfeeding'], portals: [...bib],
    fr: { title: 'Semaine de l’allaitement : portes ouvertes dans les maternités', description: ['Cinq jours de rencontres avec des consultantes en lactation dans plusieurs maternités bruxelloises.', demoFr], place: 'Plusieurs maternités bruxelloises', price: 'Gratuit' },
    nl: { title: 'Week van de borstvoeding: opendeur in de materniteiten', description: ['Vijf dagen ontmoetingen met lactatiekundigen in verschillende Brusselse materniteiten.', demoNl], place: 'Verschillende Brusselse materniteiten', price: 'Gratis' } },
  { key: 'perinatal-training', kind: 'training', inDays: -60, start: '09:30', end: '16:00', days: 2, organiser: 'Centre de formation périnatale (démo)', audiences: ['professionals'], themes: ['perinatal-mental-health'], portals: [...bib], registrationUrl: 'https://www.example.org/formation/perinatal',
    fr: { title: 'Formation : repérer la dépression du post-partum', description: ['Deux journées pour sages-femmes, travailleurs sociaux et puéricultrices : signes d’alerte, écoute et relais.', demoFr], place: 'Saint-Gilles', price: '120 €' },
    nl: { title: 'Opleiding: postpartumdepressie herkennen', description: ['Twee dagen voor vroedvrouwen, maatschappelijk werkers en kinderverzorgers: alarmsignalen, luisteren en doorverwijzen.', demoNl], place: 'Sint-Gillis', price: '120 €' } },
  { key: 'single-parents-meeting', kind: 'meeting', inDays: -45, start: '18:30', end: '20:30', organiser: 'Ligue des familles monoparentales (démo)', audiences: ['parents'], themes: ['separation'], portals: [...sae],
    fr: { title: 'Soirée d’échange entre parents solos', description: ['Un moment pour partager les astuces du quotidien et poser ses questions à une juriste.', demoFr], place: 'Namur', price: 'Gratuit, garderie sur place' } },
  { key: 'maintenance-webinar', kind: 'training', inDays: -30, start: '12:30', end: '13:30', onlineUrl: 'https://www.example.org/webinaire/secal', organiser: 'Réseau des référents (démo)', audiences: ['parents', 'professionals'], themes: ['maintenance'], portals: [...sae],
    fr: { title: 'Webinaire : quand la pension alimentaire n’est pas payée', description: ['Comment demander des avances et faire récupérer les montants dus, expliqué en une heure.', demoFr], price: 'Gratuit' } },
  { key: 'hospital-school-day', kind: 'event', inDays: -20, allDay: true, organiser: 'Écoles à l’hôpital (démo)', audiences: ['parents', 'professionals'], themes: ['hospitalisation'], portals: [...hc],
    fr: { title: 'Journée des écoles à l’hôpital', description: ['Les enseignants présentent leur travail auprès des enfants hospitalisés et répondent aux questions des parents.', demoFr], place: 'Bruxelles', price: 'Gratuit' },
    nl: { title: 'Dag van de ziekenhuisscholen', description: ['De leerkrachten stellen hun werk met zieke kinderen voor en beantwoorden vragen van ouders.', demoNl], place: 'Brussel', price: 'Gratis' } },
  { key: 'birth-plan-info', kind: 'meeting', inDays: -10, start: '19:00', end: '20:30', organiser: 'Maternité partenaire (démo)', audiences: ['parents'], themes: ['birth'], portals: [...bib],
    fr: { title: 'Séance d’information : préparer son projet de naissance', description: ['Une sage-femme explique les choix possibles pour l’accouchement et les premiers jours.', demoFr], place: 'Jette', price: 'Gratuit' },
    nl: { title: 'Infosessie: je geboorteplan voorbereiden', description: ['Een vroedvrouw legt uit welke keuzes je hebt voor de bevalling en de eerste dagen.', demoNl], place: 'Jette', price: 'Gratis' } },
  { key: 'disability-rights', kind: 'training', inDays: -3, start: '09:00', end: '12:30', organiser: 'Service social hospitalier (démo)', audiences: ['professionals'], themes: ['disability'], portals: ['hospichild', 'seul-avec-enfant'],
    fr: { title: 'Matinée : les droits de l’enfant en situation de handicap', description: ['Allocations majorées, reconnaissance, aides à l’inclusion : un tour d’horizon pour les travailleurs sociaux.', demoFr], place: 'Bruxelles', price: '25 €' },
    nl: { title: 'Voormiddag: de rechten van een kind met een handicap', description: ['Verhoogde kinderbijslag, erkenning, steun voor inclusie: een overzicht voor maatschappelijk werkers.', demoNl], place: 'Brussel', price: '25 €' } },
  { key: 'first-aid-babies', kind: 'training', inDays: 6, start: '10:00', end: '13:00', organiser: 'Croix de démonstration', audiences: ['parents'], themes: ['early-childhood'], portals: [...bib], registrationUrl: 'https://www.example.org/secourisme-bebe',
    fr: { title: 'Premiers secours pour les parents de bébés', description: ['Étouffement, fièvre, chute : les bons gestes, appris sur mannequin en petit groupe.', demoFr], place: 'Schaerbeek', price: '15 €' },
    nl: { title: 'Eerste hulp voor ouders van baby’s', description: ['Verslikking, koorts, een val: de juiste handelingen, geoefend op een pop in een kleine groep.', demoNl], place: 'Schaarbeek', price: '15 €' } },
  { key: 'chronic-illness-group', kind: 'meeting', inDays: 12, start: '19:30', end: '21:00', organiser: 'Association de parents (démo)', audiences: ['parents'], themes: ['chronic-illness'], portals: [...hc],
    fr: { title: 'Groupe de parole : vivre avec un enfant malade chronique', description: ['Une soirée par mois pour parler librement, accompagnée par une psychologue.', demoFr], place: 'Woluwe-Saint-Lambert', price: 'Gratuit' },
    nl: { title: 'Praatgroep: leven met een chronisch ziek kind', description: ['Eén avond per maand om vrijuit te praten, begeleid door een psychologe.', demoNl], place: 'Sint-Lambrechts-Woluwe', price: 'Gratis' } },
  { key: 'housing-info', kind: 'meeting', inDays: 18, start: '13:30', end: '15:30', organiser: 'Antenne logement (démo)', audiences: ['parents'], themes: ['housing'], portals: [...sae],
    fr: { title: 'Permanence logement pour familles monoparentales', description: ['Garantie locative, logement public, primes : une conseillère reçoit sans rendez-vous.', demoFr], place: 'Charleroi', price: 'Gratuit' } },
  { key: 'neonatology-colloquium', kind: 'colloquium', inDays: 27, start: '08:45', end: '17:30', organiser: 'Société de néonatologie (démo)', audiences: ['professionals'], themes: ['birth'], portals: ['born-in-brussels', 'hospichild'], registrationUrl: 'https://www.example.org/colloque-neonat',
    fr: { title: 'Colloque : les parents au cœur de la néonatologie', description: ['Soins centrés sur la famille, peau-à-peau, retour à domicile : témoignages d’équipes et de parents.', demoFr], place: 'Anderlecht', price: '60 €' },
    nl: { title: 'Colloquium: ouders centraal in de neonatologie', description: ['Gezinsgerichte zorg, huid-op-huid, naar huis gaan: getuigenissen van teams en ouders.', demoNl], place: 'Anderlecht', price: '60 €' } },
  { key: 'tax-return-help', kind: 'event', inDays: 35, start: '09:00', end: '16:00', organiser: 'Permanence fiscale (démo)', audiences: ['parents'], themes: ['tax'], portals: [...sae],
    fr: { title: 'Aide à la déclaration d’impôts pour parents solos', description: ['Des agents expliquent les enfants à charge, l’hébergement égalitaire et les frais de garde déductibles.', demoFr], place: 'Liège', price: 'Gratuit' } },
  { key: 'contraception-evening', kind: 'meeting', inDays: 44, start: '18:00', end: '20:00', organiser: 'Centre de planning familial (démo)', audiences: ['parents'], themes: ['contraception'], portals: [...bib],
    fr: { title: 'Soirée contraception après une naissance', description: ['Quelle contraception choisir après l’accouchement et pendant l’allaitement ? Questions libres.', demoFr], place: 'Bruxelles', price: 'Gratuit' },
    nl: { title: 'Avond over anticonceptie na de geboorte', description: ['Welke anticonceptie na de bevalling en tijdens de borstvoeding? Vragen welkom.', demoNl], place: 'Brussel', price: 'Gratis' } },
  { key: 'volunteers-training', kind: 'training', inDays: 58, start: '09:30', end: '15:30', organiser: 'Association de bénévoles hospitaliers (démo)', audiences: ['professionals'], themes: ['hospitalisation'], portals: [...hc],
    fr: { title: 'Formation des nouveaux bénévoles en pédiatrie', description: ['Hygiène, écoute, jeu : ce qu’il faut savoir avant de rejoindre un service de pédiatrie.', demoFr], place: 'Jette', price: 'Gratuit' } },
  { key: 'childcare-fair', kind: 'event', inDays: 75, allDay: true, days: 2, organiser: 'Salon petite enfance (démo)', audiences: ['parents', 'professionals'], themes: ['early-childhood'], portals: ['born-in-brussels', 'seul-avec-enfant'],
    fr: { title: 'Salon de l’accueil de la petite enfance', description: ['Crèches, accueillantes, haltes-garderies : toutes les formules d’accueil présentées sur deux jours.', demoFr], place: 'Tour & Taxis, Bruxelles', price: 'Gratuit' },
    nl: { title: 'Beurs kinderopvang', description: ['Kinderdagverblijven, onthaalouders, occasionele opvang: alle opvangvormen op twee dagen.', demoNl], place: 'Thurn & Taxis, Brussel', price: 'Gratis' } },
  { key: 'job-search-workshop', kind: 'training', inDays: 90, start: '09:00', end: '12:00', organiser: 'Maison de l’emploi (démo)', audiences: ['parents'], themes: ['employment'], portals: [...sae],
    fr: { title: 'Atelier : chercher un emploi compatible avec la garde des enfants', description: ['Horaires, formations à temps partiel, aides à la garde : un atelier pratique en petit groupe.', demoFr], place: 'Mons', price: 'Gratuit' } },
  { key: 'paediatric-care-online', kind: 'colloquium', inDays: 120, start: '13:00', end: '17:00', onlineUrl: 'https://www.example.org/colloque-en-ligne', organiser: 'Réseau pédiatrique bruxellois (démo)', audiences: ['professionals'], themes: ['chronic-illness'], portals: [...hc],
    fr: { title: 'Colloque en ligne : transition des soins pédiatriques vers l’âge adulte', description: ['Comment préparer un adolescent malade chronique à rejoindre les services pour adultes.', demoFr], price: '20 €' },
    nl: { title: 'Online colloquium: van kinderzorg naar volwassenenzorg', description: ['Hoe een chronisch zieke tiener voorbereiden op de overstap naar de zorg voor volwassenen.', demoNl], price: '20 €' } },
  { key: 'birth-year-celebration', kind: 'event', inDays: 160, start: '10:00', end: '17:00', organiser: 'Born in Brussels (démo)', audiences: ['parents'], themes: ['birth'], portals: [...bib],
    fr: { title: 'Fête des familles de l’année', description: ['Animations, stands d’information et espace allaitement pour les familles avec un bébé de l’année.', demoFr], place: 'Parc de Bruxelles', price: 'Gratuit' },
    nl: { title: 'Feest van de gezinnen van het jaar', description: ['Animatie, infostands en een borstvoedingsruimte voor gezinnen met een baby van dit jaar.', demoNl], place: 'Warandepark, Brussel', price: 'Gratis' } },
];
