import type { SeedArticle, SeedText } from '../types.ts';

/**
 * Short Hospichild news items of 2025, in our own words, so the news list has more than one
 * page in each language. Two paragraphs each: they exist to be listed, not read at length.
 */
const note = 'Actualité de démonstration, rédigée pour le prototype.';
const noteNl = 'Demonstratienieuws, geschreven voor het prototype.';

function item(
  key: string,
  publishedAt: string,
  fr: [title: string, summary: string, text: string],
  nl?: [title: string, summary: string, text: string],
): SeedArticle {
  const text = ([title, summary, body]: [string, string, string], demo: string): SeedText => ({
    title,
    summary,
    body: [demo, body],
  });
  return {
    key,
    kind: 'news',
    sections: [],
    publishedAt,
    fr: text(fr, note),
    ...(nl ? { nl: text(nl, noteNl) } : {}),
  };
}

export const hospichildNews: SeedArticle[] = [
  item(
    'news-2025-clown-visits',
    '2025-03-11T09:00:00.000Z',
    [
      'Les visites des clowns s’étendent à deux nouveaux services',
      'Les clowns de l’hôpital passent désormais aussi en hôpital de jour et en chirurgie.',
      'Deux après-midi par semaine, un duo de clowns formés au milieu hospitalier rend visite aux enfants qui attendent une intervention ou un traitement de jour.',
    ],
    [
      'Clownsbezoek breidt uit naar twee nieuwe afdelingen',
      'De ziekenhuisclowns komen voortaan ook langs in het dagziekenhuis en op chirurgie.',
      'Twee namiddagen per week bezoekt een duo clowns met ervaring in het ziekenhuis de kinderen die wachten op een ingreep of een dagbehandeling.',
    ],
  ),
  item(
    'news-2025-parking-fees',
    '2025-04-08T09:00:00.000Z',
    [
      'Stationnement : un tarif réduit pour les parents d’enfants hospitalisés',
      'Plusieurs hôpitaux bruxellois proposent une carte de parking à prix réduit pour les longs séjours.',
      'Renseignez-vous à l’accueil ou au service social dès l’admission : la carte est souvent valable pour toute la durée du séjour de l’enfant.',
    ],
    [
      'Parkeren: verminderd tarief voor ouders van opgenomen kinderen',
      'Verschillende Brusselse ziekenhuizen bieden een voordelige parkeerkaart aan bij een lang verblijf.',
      'Vraag ernaar aan het onthaal of bij de sociale dienst zodra je kind opgenomen wordt: de kaart geldt vaak voor het hele verblijf.',
    ],
  ),
  item(
    'news-2025-reading-corner',
    '2025-05-20T09:00:00.000Z',
    [
      'Un coin lecture bilingue en pédiatrie',
      'Des livres en français, en néerlandais et dans d’autres langues attendent les enfants et leurs parents.',
      'Les livres ont été offerts par des bibliothèques de quartier ; les enfants peuvent les emporter dans leur chambre et les rendre avant leur sortie.',
    ],
    [
      'Een tweetalige leeshoek op de kinderafdeling',
      'Boeken in het Nederlands, het Frans en andere talen wachten op kinderen en hun ouders.',
      'De boeken werden geschonken door buurtbibliotheken; kinderen mogen ze meenemen naar hun kamer en geven ze terug voor ze naar huis gaan.',
    ],
  ),
  item(
    'news-2025-vaccination-reminder',
    '2025-06-17T09:00:00.000Z',
    [
      'Maladie chronique : penser aux vaccins avant l’été',
      'Les enfants suivis pour une maladie chronique ont parfois un calendrier de vaccination adapté.',
      'Avant un voyage ou une rentrée en collectivité, parlez-en au médecin qui suit votre enfant : il vérifiera ce qui est recommandé dans sa situation.',
    ],
    [
      'Chronische ziekte: denk aan vaccins voor de zomer',
      'Kinderen met een chronische ziekte hebben soms een aangepast vaccinatieschema.',
      'Voor een reis of de start in de opvang of op school bespreek je het best met de arts van je kind: die kijkt na wat in zijn situatie aangeraden is.',
    ],
  ),
  item(
    'news-2025-new-website',
    '2025-07-01T09:00:00.000Z',
    [
      'Hospichild prépare un nouveau site',
      'Le portail sera plus lisible sur téléphone et mieux adapté aux lecteurs d’écran.',
      'Les adresses des pages les plus consultées resteront les mêmes ; les anciens liens mèneront automatiquement aux nouvelles pages.',
    ],
    [
      'Hospichild werkt aan een nieuwe website',
      'Het portaal wordt beter leesbaar op de smartphone en beter toegankelijk voor schermlezers.',
      'De adressen van de meest bezochte pagina’s blijven dezelfde; oude links leiden vanzelf naar de nieuwe pagina’s.',
    ],
  ),
  item(
    'news-2025-back-to-school',
    '2025-08-26T09:00:00.000Z',
    [
      'Rentrée : préparer le retour en classe après une hospitalisation',
      'Une rencontre entre parents, école et équipe soignante facilite souvent le retour.',
      'Le service d’école à l’hôpital peut transmettre à l’enseignant ce que l’enfant a travaillé pendant son séjour et proposer des aménagements.',
    ],
    [
      'Terug naar school na een ziekenhuisopname',
      'Een gesprek tussen ouders, school en zorgteam maakt de terugkeer vaak makkelijker.',
      'De ziekenhuisschool kan de leerkracht laten weten waaraan het kind tijdens het verblijf werkte en aanpassingen voorstellen.',
    ],
  ),
  item(
    'news-2025-volunteers-call',
    '2025-09-23T09:00:00.000Z',
    [
      'Appel aux bénévoles pour accompagner les familles',
      'Une association cherche des bénévoles pour tenir compagnie aux enfants quand les parents doivent s’absenter.',
      'Une formation de deux jours est prévue avant la première présence ; un engagement d’une demi-journée par semaine est demandé.',
    ],
    [
      'Vrijwilligers gezocht om gezinnen te steunen',
      'Een vereniging zoekt vrijwilligers die kinderen gezelschap houden wanneer de ouders even weg moeten.',
      'Voor de eerste aanwezigheid is er een opleiding van twee dagen; er wordt een halve dag per week gevraagd.',
    ],
  ),
  item(
    'news-2025-winter-viruses',
    '2025-11-18T09:00:00.000Z',
    [
      'Virus d’hiver : des règles de visite adaptées',
      'En période d’épidémie, certains services limitent les visites des frères et sœurs.',
      'Ces mesures protègent les enfants les plus fragiles ; l’équipe propose souvent des appels vidéo pour garder le contact.',
    ],
    [
      'Wintervirussen: aangepaste bezoekregels',
      'Tijdens een epidemie beperken sommige afdelingen het bezoek van broers en zussen.',
      'Die maatregelen beschermen de kwetsbaarste kinderen; het team stelt vaak videogesprekken voor om in contact te blijven.',
    ],
  ),
  item('news-2025-parents-survey', '2025-12-09T09:00:00.000Z', [
    'Enquête : votre avis sur l’accueil des parents à l’hôpital',
    'Hospichild recueille l’expérience des parents pour nourrir ses prochains articles.',
    'Le questionnaire prend dix minutes et reste anonyme ; il sera traduit en néerlandais dans un second temps.',
  ]),
];
