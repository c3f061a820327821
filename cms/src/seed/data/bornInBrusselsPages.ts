import type { SeedArticle } from '../types.ts';

/**
 * More Born in Brussels demonstration pages, so that every sub-section of the tree holds at
 * least one article; several sit in two or three branches (the first is the main placement).
 * Texts are ours, short on purpose: a page per question a parent asks.
 */
const demoFr = 'Texte de démonstration rédigé pour ce prototype.';
const demoNl = 'Demonstratietekst geschreven voor dit prototype.';

type Text = [title: string, summary: string, ...body: string[]];

function page(
  key: string,
  sections: string[],
  publishedAt: string,
  themes: string[],
  fr: Text,
  nl?: Text,
): SeedArticle {
  const text = ([title, summary, ...body]: Text, demo: string) => ({
    title,
    summary,
    body: [demo, ...body],
  });
  return {
    key,
    kind: 'page',
    sections,
    themes,
    publishedAt: `2026-${publishedAt}T09:00:00.000Z`,
    fr: text(fr, demoFr),
    ...(nl ? { nl: text(nl, demoNl) } : {}),
  };
}

export const bornInBrusselsPages: SeedArticle[] = [
  page(
    'bib-emergency-numbers',
    ['sos-emergencies', 'sos-violence'],
    '02-01',
    [],
    [
      'Les numéros d’urgence à garder sous la main',
      'Ambulance, police, poison, violences : les numéros gratuits, joignables jour et nuit.',
      '- 112 : ambulance et pompiers\n- 101 : police\n- 070 245 245 : Centre Antipoisons\n- 0800 30 030 : écoute violences conjugales\n- 107 : Télé-Accueil, quelqu’un à qui parler',
      'Enregistrez-les dans votre téléphone et notez-les près de la porte pour la personne qui garde votre bébé.',
    ],
    [
      'De noodnummers om bij de hand te houden',
      'Ambulance, politie, vergiftiging, geweld: de gratis nummers, dag en nacht bereikbaar.',
      '- 112: ambulance en brandweer\n- 101: politie\n- 070 245 245: Antigifcentrum\n- 1712: hulplijn geweld\n- 106: Tele-Onthaal, iemand om mee te praten',
      'Sla ze op in je telefoon en hang ze bij de deur voor wie op je baby past.',
    ],
  ),
  page(
    'bib-violence-pregnancy',
    ['sos-violence', 'life-relationships'],
    '02-08',
    [],
    [
      'Violences pendant la grossesse : vous n’êtes pas seule',
      'La grossesse peut faire apparaître ou aggraver les violences. Des lieux vous écoutent sans jugement.',
      'Coups, menaces, contrôle de l’argent ou du téléphone : ce sont des violences. Parlez-en à votre sage-femme ou à votre médecin, ils sont tenus au secret.',
      'En cas de danger immédiat, appelez le 112. Des maisons d’accueil reçoivent les femmes enceintes et les mères avec leurs enfants.',
    ],
    [
      'Geweld tijdens de zwangerschap: je staat er niet alleen voor',
      'Een zwangerschap kan geweld doen ontstaan of erger maken. Er zijn plaatsen die zonder oordeel luisteren.',
      'Slagen, bedreigingen, controle over geld of telefoon: dat is geweld. Praat erover met je vroedvrouw of arts, zij hebben beroepsgeheim.',
      'Bij direct gevaar bel je 112. Vluchthuizen vangen zwangere vrouwen en moeders met hun kinderen op.',
    ],
  ),
  page(
    'bib-no-home',
    ['sos-housing', 'parenthood-single'],
    '02-15',
    [],
    [
      'Enceinte ou avec un bébé, et sans logement',
      'Les hébergements d’urgence et les services qui aident à retrouver un toit.',
      'Le CPAS de votre commune est le premier contact : il peut proposer un hébergement d’urgence et une aide financière.',
      'Certaines maisons d’accueil sont réservées aux femmes enceintes et aux mères avec de jeunes enfants. Un service social peut vous y orienter.',
    ],
    [
      'Zwanger of met een baby, en zonder woning',
      'De noodopvang en de diensten die helpen om weer een dak te vinden.',
      'Het OCMW van je gemeente is het eerste aanspreekpunt: het kan noodopvang en financiële hulp bieden.',
      'Sommige opvanghuizen zijn voorbehouden aan zwangere vrouwen en moeders met jonge kinderen. Een sociale dienst kan je doorverwijzen.',
    ],
  ),
  page(
    'bib-undocumented-care',
    ['sos-undocumented', 'parenthood-migration', 'pregnancy-followup'],
    '02-22',
    ['pregnancy'],
    [
      'Sans titre de séjour : se faire suivre pendant la grossesse',
      'L’aide médicale urgente couvre aussi le suivi de la grossesse et l’accouchement.',
      'Sans titre de séjour, vous avez droit à l’aide médicale urgente, qui comprend les consultations prénatales et l’accouchement. La demande se fait au CPAS de la commune où vous vivez.',
      'Les consultations prénatales de quartier et certains centres médicaux vous reçoivent même avant que la demande soit acceptée.',
    ],
    [
      'Zonder verblijfsvergunning: opvolging tijdens de zwangerschap',
      'De dringende medische hulp dekt ook de opvolging van de zwangerschap en de bevalling.',
      'Zonder verblijfsvergunning heb je recht op dringende medische hulp, inclusief prenatale consultaties en de bevalling. Je vraagt ze aan bij het OCMW van de gemeente waar je woont.',
      'Prenatale consultaties in de buurt en sommige medische centra ontvangen je ook voor de aanvraag aanvaard is.',
    ],
  ),
  page(
    'bib-wish-for-a-child',
    ['life-wish', 'lifestyle-food'],
    '01-10',
    ['pregnancy'],
    [
      'Préparer une grossesse : la consultation avant la conception',
      'Acide folique, vaccins, traitements : faire le point avant d’essayer d’avoir un enfant.',
      'Quelques mois avant d’arrêter la contraception, une consultation chez votre médecin ou votre sage-femme permet de vérifier vos vaccins et vos traitements.',
      'L’acide folique, pris dès le désir de grossesse, réduit le risque de certaines malformations.',
    ],
    [
      'Een zwangerschap voorbereiden: de consultatie voor de conceptie',
      'Foliumzuur, vaccins, behandelingen: alles nagaan voor je zwanger probeert te worden.',
      'Enkele maanden voor je met anticonceptie stopt, kan je arts of vroedvrouw je vaccins en behandelingen nakijken.',
      'Foliumzuur, genomen vanaf de kinderwens, verkleint het risico op sommige afwijkingen.',
    ],
  ),
  page(
    'bib-fertility',
    ['life-fertility'],
    '01-14',
    [],
    [
      'Quand la grossesse tarde à venir',
      'Après combien de temps consulter, et ce que proposent les centres de fertilité.',
      'On conseille de consulter après un an d’essais, ou six mois après 35 ans. Le bilan concerne les deux partenaires.',
      'Les centres de procréation médicalement assistée sont reconnus et une partie des frais est remboursée par la mutualité.',
    ],
    [
      'Als de zwangerschap uitblijft',
      'Na hoeveel tijd je een arts raadpleegt, en wat fertiliteitscentra bieden.',
      'Raadpleeg na een jaar proberen, of na zes maanden vanaf 35 jaar. Het onderzoek geldt voor beide partners.',
      'Centra voor medisch begeleide voortplanting zijn erkend en een deel van de kosten wordt terugbetaald door het ziekenfonds.',
    ],
  ),
  page(
    'bib-sti-tests',
    ['life-sti', 'pregnancy-tests'],
    '01-18',
    ['contraception'],
    [
      'Se faire dépister des IST, aussi pendant la grossesse',
      'Certaines infections se transmettent au bébé : un dépistage simple permet de les soigner à temps.',
      'Le VIH, la syphilis et l’hépatite B sont recherchés par une prise de sang au début de la grossesse.',
      'Hors grossesse, les centres de planning familial proposent des dépistages confidentiels, souvent gratuits.',
    ],
    [
      'Je laten testen op soa’s, ook tijdens de zwangerschap',
      'Sommige infecties gaan over op de baby: een eenvoudige test laat toe ze op tijd te behandelen.',
      'Hiv, syfilis en hepatitis B worden bij het begin van de zwangerschap opgespoord met een bloedafname.',
      'Buiten de zwangerschap bieden centra voor gezinsplanning vertrouwelijke, vaak gratis tests aan.',
    ],
  ),
  page(
    'bib-young-parents',
    ['life-young', 'parenthood-support'],
    '01-22',
    [],
    [
      'Parent avant 20 ans',
      'Continuer l’école, trouver un accueil, être soutenu : des services pensés pour les jeunes parents.',
      'Être jeune parent ne ferme aucune porte : des écoles et des crèches s’organisent pour que vous puissiez poursuivre vos études.',
      'Des associations proposent des groupes de parole et un accompagnement pendant et après la grossesse.',
    ],
    [
      'Ouder voor je 20ste',
      'School afmaken, opvang vinden, steun krijgen: diensten voor jonge ouders.',
      'Jong ouder zijn sluit geen deuren: scholen en kinderdagverblijven zoeken mee naar manieren om verder te studeren.',
      'Verenigingen bieden praatgroepen en begeleiding tijdens en na de zwangerschap.',
    ],
  ),
  page(
    'bib-pregnant-at-work',
    ['pregnancy-work', 'parenthood-leave'],
    '03-02',
    ['pregnancy'],
    [
      'Enceinte au travail : vos droits',
      'Informer l’employeur, adapter le poste, les absences pour les examens prénatals.',
      'Dès que vous informez votre employeur, vous êtes protégée contre le licenciement lié à la grossesse.',
      'Si votre travail présente un risque, le médecin du travail peut demander un aménagement ou un écartement.',
    ],
    [
      'Zwanger op het werk: je rechten',
      'De werkgever inlichten, je werkpost aanpassen, afwezig zijn voor prenatale onderzoeken.',
      'Zodra je je werkgever inlicht, ben je beschermd tegen ontslag omwille van de zwangerschap.',
      'Houdt je werk een risico in, dan kan de arbeidsarts een aanpassing of een werkverwijdering vragen.',
    ],
  ),
  page(
    'bib-giving-birth',
    ['pregnancy-birth', 'pregnancy-preparation'],
    '03-20',
    ['birth'],
    [
      'Les signes qui annoncent l’accouchement',
      'Contractions, perte des eaux : quand partir à la maternité.',
      'Des contractions régulières, toutes les cinq minutes depuis une heure, sont le signe qu’il est temps de partir.',
      'Si vous perdez les eaux, si vous saignez ou si le bébé bouge moins, appelez la maternité sans attendre.',
    ],
    [
      'De tekenen dat de bevalling begint',
      'Weeën, gebroken vliezen: wanneer je naar de materniteit vertrekt.',
      'Regelmatige weeën, al een uur om de vijf minuten, betekenen dat het tijd is om te vertrekken.',
      'Verlies je vruchtwater of bloed, of beweegt de baby minder, bel dan meteen de materniteit.',
    ],
  ),
  page(
    'bib-premature',
    ['pregnancy-premature', 'health-baby'],
    '04-10',
    ['birth'],
    [
      'Quand bébé naît trop tôt',
      'Le service de néonatologie, la place des parents et le retour à la maison.',
      'Un bébé né avant 37 semaines peut avoir besoin de soins en néonatologie. Les parents y sont accueillis jour et nuit.',
      'Le peau-à-peau et le lait maternel aident le bébé à grandir. L’équipe vous prépare au retour à la maison.',
    ],
    [
      'Als je baby te vroeg geboren wordt',
      'De neonatologie, de plaats van de ouders en de terugkeer naar huis.',
      'Een baby geboren voor 37 weken kan zorg op de neonatologie nodig hebben. Ouders zijn er dag en nacht welkom.',
      'Huid-op-huidcontact en moedermelk helpen de baby groeien. Het team bereidt je voor op de terugkeer naar huis.',
    ],
  ),
  page(
    'bib-tobacco',
    ['lifestyle-tobacco', 'life-wish'],
    '02-05',
    [],
    [
      'Tabac, alcool et grossesse',
      'Il n’y a pas de dose sans risque ; arrêter reste bénéfique à tout moment.',
      'L’alcool passe dans le sang du bébé : pendant la grossesse, le plus sûr est de ne pas en boire du tout.',
      'Arrêter de fumer est utile à chaque étape. Un tabacologue peut vous aider, et certaines consultations sont remboursées.',
    ],
    [
      'Tabak, alcohol en zwangerschap',
      'Er is geen veilige hoeveelheid; stoppen helpt op elk moment.',
      'Alcohol komt in het bloed van de baby: tijdens de zwangerschap drink je het best helemaal niets.',
      'Stoppen met roken helpt in elke fase. Een tabakoloog kan je helpen, en sommige consultaties worden terugbetaald.',
    ],
  ),
  page(
    'bib-moving',
    ['lifestyle-sport'],
    '02-12',
    [],
    [
      'Bouger pendant la grossesse',
      'Marche, natation, gymnastique douce : rester active, à son rythme.',
      'Une activité modérée, trente minutes la plupart des jours, aide à dormir et prépare le corps à l’accouchement.',
      'Évitez les sports de contact et les chutes ; en cas de doute, demandez à votre sage-femme.',
    ],
    [
      'Bewegen tijdens de zwangerschap',
      'Wandelen, zwemmen, zachte gymnastiek: actief blijven op je eigen tempo.',
      'Matige beweging, de meeste dagen een halfuur, helpt slapen en bereidt het lichaam voor op de bevalling.',
      'Vermijd contactsporten en vallen; bij twijfel vraag je raad aan je vroedvrouw.',
    ],
  ),
  page(
    'bib-vaccines',
    ['lifestyle-vaccines', 'early-consultations'],
    '02-19',
    [],
    [
      'Les vaccins de la grossesse et du bébé',
      'Coqueluche, grippe : se faire vacciner enceinte protège le nouveau-né.',
      'Le vaccin contre la coqueluche, proposé à chaque grossesse, protège le bébé pendant ses premiers mois.',
      'Ensuite, les vaccins du bébé sont gratuits dans les consultations pour enfants.',
    ],
    [
      'De vaccins van de zwangerschap en van de baby',
      'Kinkhoest, griep: je laten vaccineren tijdens de zwangerschap beschermt de pasgeborene.',
      'Het kinkhoestvaccin, bij elke zwangerschap aangeboden, beschermt de baby in zijn eerste maanden.',
      'Daarna zijn de vaccins van de baby gratis op het consultatiebureau.',
    ],
  ),
  page(
    'bib-medicines',
    ['lifestyle-medicines'],
    '02-26',
    [],
    [
      'Médicaments pendant la grossesse et l’allaitement',
      'Ne rien prendre sans avis, mais ne pas arrêter un traitement seule.',
      'Certains médicaments courants sont déconseillés pendant la grossesse. Demandez toujours l’avis de votre pharmacien ou de votre médecin.',
      'Si vous suivez un traitement, n’arrêtez pas de vous-même : parlez-en d’abord.',
    ],
    [
      'Geneesmiddelen tijdens zwangerschap en borstvoeding',
      'Niets nemen zonder advies, maar ook niet zelf een behandeling stoppen.',
      'Sommige gewone geneesmiddelen worden tijdens de zwangerschap afgeraden. Vraag altijd raad aan je apotheker of arts.',
      'Volg je een behandeling, stop dan niet op eigen houtje: praat er eerst over.',
    ],
  ),
  page(
    'bib-safe-home',
    ['lifestyle-home', 'health-sleep'],
    '03-05',
    ['early-childhood'],
    [
      'Un logement sain et sûr pour bébé',
      'Humidité, chauffage, fenêtres : les gestes qui protègent le tout-petit.',
      'Aérez chaque jour, même en hiver, et gardez la chambre autour de 18 degrés.',
      'Un logement humide ou insalubre peut être signalé : un service d’aide au logement peut vous accompagner.',
    ],
    [
      'Een gezonde en veilige woning voor je baby',
      'Vocht, verwarming, ramen: wat de allerkleinste beschermt.',
      'Verlucht elke dag, ook in de winter, en hou de kamer rond 18 graden.',
      'Een vochtige of ongezonde woning kan je melden: een woondienst kan je begeleiden.',
    ],
  ),
  page(
    'bib-safe-sleep',
    ['health-sleep', 'early-development'],
    '05-08',
    ['early-childhood'],
    [
      'Coucher bébé en sécurité',
      'Sur le dos, dans son lit, dans une gigoteuse : les règles d’un sommeil sûr.',
      'Couchez toujours votre bébé sur le dos, dans son propre lit, sans oreiller, couette ni tour de lit.',
      'Les premiers mois, le lit du bébé peut être dans la chambre des parents.',
    ],
    [
      'Je baby veilig laten slapen',
      'Op de rug, in een eigen bedje, in een slaapzak: de regels voor veilig slapen.',
      'Leg je baby altijd op de rug in een eigen bedje, zonder kussen, dekbed of bedomranding.',
      'De eerste maanden mag het bedje in de kamer van de ouders staan.',
    ],
  ),
  page(
    'bib-couple',
    ['parenthood-couple'],
    '05-20',
    [],
    [
      'Le couple après l’arrivée de bébé',
      'Fatigue, nouveaux rôles, sexualité : se parler pour traverser les premiers mois.',
      'La naissance bouscule l’organisation et le temps à deux. C’est normal d’avoir besoin d’ajustements.',
      'Un centre de planning familial propose aussi des consultations de couple.',
    ],
    [
      'Het koppel na de komst van de baby',
      'Vermoeidheid, nieuwe rollen, seksualiteit: praten om de eerste maanden door te komen.',
      'Een geboorte zet de organisatie en de tijd samen op zijn kop. Het is normaal dat je moet bijsturen.',
      'Een centrum voor gezinsplanning biedt ook relatieconsultaties aan.',
    ],
  ),
  page(
    'bib-birth-grant',
    ['parenthood-money', 'pregnancy-admin'],
    '05-28',
    [],
    [
      'La prime de naissance et les allocations familiales',
      'À Bruxelles, l’allocation de naissance se demande dès le sixième mois de grossesse.',
      'L’allocation de naissance est versée avant l’arrivée du bébé si la demande est faite à temps auprès d’une caisse d’allocations familiales.',
      'Les allocations familiales suivent ensuite chaque mois ; un supplément existe pour les familles à faibles revenus.',
    ],
    [
      'Het kraamgeld en de kinderbijslag',
      'In Brussel vraag je het kraamgeld aan vanaf de zesde maand van de zwangerschap.',
      'Het kraamgeld wordt voor de geboorte uitbetaald als je het tijdig aanvraagt bij een kinderbijslagfonds.',
      'Daarna volgt elke maand de kinderbijslag; er bestaat een toeslag voor gezinnen met een laag inkomen.',
    ],
  ),
  page(
    'bib-parent-groups',
    ['parenthood-support', 'early-development'],
    '06-05',
    ['early-childhood'],
    [
      'Rencontrer d’autres parents',
      'Lieux de rencontre, groupes de parole, ateliers : ne pas rester seul avec ses questions.',
      'Des lieux de rencontre enfants-parents accueillent les tout-petits et leurs parents, gratuitement et sans inscription.',
      'On y joue, on y parle, et des professionnels sont là pour écouter.',
    ],
    [
      'Andere ouders ontmoeten',
      'Ontmoetingsplaatsen, praatgroepen, workshops: niet alleen blijven met je vragen.',
      'Ontmoetingsplaatsen voor kinderen en ouders ontvangen de allerkleinsten en hun ouders, gratis en zonder inschrijving.',
      'Er wordt gespeeld en gepraat, en professionals zijn er om te luisteren.',
    ],
  ),
  page(
    'bib-child-consultations',
    ['early-consultations', 'health-baby'],
    '06-20',
    ['early-childhood'],
    [
      'Les consultations pour enfants, gratuites',
      'Poids, vaccins, développement : un suivi préventif près de chez vous jusqu’à six ans.',
      'Les consultations de l’ONE et de Kind en Gezin suivent la croissance et le développement de votre enfant, gratuitement.',
      'Un ou une partenaire enfants-parents peut aussi venir à domicile après la naissance.',
    ],
    [
      'De consultatiebureaus, gratis',
      'Gewicht, vaccins, ontwikkeling: preventieve opvolging dicht bij huis tot zes jaar.',
      'De consultatiebureaus van Kind en Gezin en het ONE volgen de groei en ontwikkeling van je kind, gratis.',
      'Een verpleegkundige kan na de geboorte ook aan huis komen.',
    ],
  ),
];
