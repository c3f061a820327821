import type { SeedArticle, SeedSection } from '../types.ts';

/**
 * Hospichild demonstration content (FR/NL). Every text here was written for the prototype:
 * the events, people and interviews are fictional; organisations and hospitals are real.
 */

export const hospichildSections: SeedSection[] = [
  {
    key: 'hospital',
    order: 1,
    fr: {
      title: 'À l’hôpital',
      description:
        'Tout ce qui aide à vivre une hospitalisation d’enfant, de la préparation au retour à la maison.',
    },
    nl: {
      title: 'In het ziekenhuis',
      description:
        'Alles wat helpt bij een ziekenhuisopname van je kind, van de voorbereiding tot de thuiskomst.',
    },
  },
  {
    key: 'hospital-prepare',
    parent: 'hospital',
    order: 1,
    fr: {
      title: 'Préparer l’hospitalisation',
      description:
        'Conseils pour expliquer l’hôpital à son enfant et organiser l’admission sereinement.',
    },
    nl: {
      title: 'De opname voorbereiden',
      description:
        'Tips om je kind uit te leggen wat er gaat gebeuren en de opname rustig te plannen.',
    },
  },
  {
    key: 'hospital-stay',
    parent: 'hospital',
    order: 2,
    fr: {
      title: 'Pendant le séjour',
      description:
        'La vie dans le service de pédiatrie : présence des parents, repas, nuit, confort et soutien.',
    },
    nl: {
      title: 'Tijdens het verblijf',
      description:
        'Het leven op de kinderafdeling: ouders aan bed, maaltijden, de nacht, comfort en steun.',
    },
  },
  {
    key: 'hospital-rights',
    parent: 'hospital',
    order: 3,
    fr: {
      title: 'Droits du patient mineur',
      description:
        'Ce que la loi prévoit pour l’enfant soigné et pour ses parents, et à qui s’adresser en cas de difficulté.',
    },
    nl: {
      title: 'Rechten van minderjarige patiënten',
      description:
        'Wat de wet voorziet voor het zieke kind en zijn ouders, en bij wie je terechtkunt als het misloopt.',
    },
  },
  {
    key: 'illness',
    order: 2,
    fr: {
      title: 'Maladie et handicap',
      description:
        'Informations et soutien quand la maladie ou le handicap s’installe dans la vie de la famille.',
    },
    nl: {
      title: 'Ziekte en handicap',
      description:
        'Informatie en steun wanneer ziekte of een handicap een vaste plek krijgt in het gezin.',
    },
  },
  {
    key: 'illness-serious',
    parent: 'illness',
    order: 1,
    fr: {
      title: 'Maladie grave ou chronique',
      description:
        'Accompagner un enfant atteint d’une maladie longue ou sévère, et prendre soin de soi en tant que parent.',
    },
    nl: {
      title: 'Ernstige of chronische ziekte',
      description:
        'Een kind met een langdurige of zware ziekte begeleiden, en ook als ouder voor jezelf zorgen.',
    },
  },
  {
    key: 'illness-disability',
    parent: 'illness',
    order: 2,
    fr: {
      title: 'Handicap',
      description:
        'Reconnaissance, aides, répit et services pour les enfants en situation de handicap.',
    },
    nl: {
      title: 'Handicap',
      description: 'Erkenning, ondersteuning, respijt en diensten voor kinderen met een handicap.',
    },
  },
  {
    key: 'illness-homecare',
    parent: 'illness',
    order: 3,
    fr: {
      title: 'Soins à domicile',
      description:
        'Organiser les soins à la maison après une sortie d’hôpital ou pour une maladie de longue durée.',
    },
    nl: {
      title: 'Thuiszorg',
      description: 'De zorg thuis regelen na een ziekenhuisopname of bij een langdurige ziekte.',
    },
  },
  {
    key: 'rights',
    order: 3,
    fr: {
      title: 'Aides et droits',
      description:
        'Remboursements, aides financières et congés auxquels les familles peuvent prétendre.',
    },
    nl: {
      title: 'Hulp en rechten',
      description:
        'Terugbetalingen, financiële steun en verlofregelingen waarop gezinnen recht kunnen hebben.',
    },
  },
  {
    key: 'rights-mutuality',
    parent: 'rights',
    order: 1,
    fr: {
      title: 'Mutualités et remboursements',
      description:
        'Comprendre ce que la mutualité rembourse et comment limiter les frais de santé.',
    },
    nl: {
      title: 'Ziekenfondsen en terugbetalingen',
      description:
        'Begrijpen wat het ziekenfonds terugbetaalt en hoe je de zorgkosten beperkt houdt.',
    },
  },
  {
    key: 'rights-financial',
    parent: 'rights',
    order: 2,
    fr: {
      title: 'Aides financières',
      description:
        'Allocations, suppléments et coups de pouce pour les familles d’un enfant malade ou handicapé.',
    },
    nl: {
      title: 'Financiële steun',
      description:
        'Toeslagen, tegemoetkomingen en andere steun voor gezinnen met een ziek kind of een kind met een handicap.',
    },
  },
  {
    key: 'rights-leave',
    parent: 'rights',
    order: 3,
    fr: {
      title: 'Congés pour les parents',
      description: 'Les formules de congé qui permettent de rester auprès d’un enfant malade.',
    },
    nl: {
      title: 'Verlof voor ouders',
      description: 'De verlofregelingen waarmee je bij je zieke kind kunt blijven.',
    },
  },
  {
    key: 'daily',
    order: 4,
    fr: {
      title: 'Vie quotidienne',
      description:
        'L’école, la fratrie et les loisirs : garder une vie d’enfant malgré la maladie.',
    },
    nl: {
      title: 'Dagelijks leven',
      description: 'School, broers en zussen, vrije tijd: gewoon kind blijven ondanks de ziekte.',
    },
  },
  {
    key: 'daily-school',
    parent: 'daily',
    order: 1,
    fr: {
      title: 'École à l’hôpital',
      description: 'Continuer à apprendre pendant une hospitalisation ou une longue convalescence.',
    },
    nl: {
      title: 'Ziekenhuisschool',
      description: 'Blijven leren tijdens een ziekenhuisopname of een lange herstelperiode.',
    },
  },
  {
    key: 'daily-siblings',
    parent: 'daily',
    order: 2,
    fr: {
      title: 'Frères et sœurs',
      description:
        'Soutenir la fratrie, souvent discrète, quand un enfant de la famille est malade.',
    },
    nl: {
      title: 'Broers en zussen',
      description: 'Aandacht voor de broers en zussen, die vaak stil op de achtergrond blijven.',
    },
  },
  {
    key: 'daily-leisure',
    parent: 'daily',
    order: 3,
    fr: {
      title: 'Loisirs',
      description:
        'Activités, stages et sorties adaptés aux enfants malades ou en situation de handicap.',
    },
    nl: {
      title: 'Vrije tijd',
      description:
        'Activiteiten, kampen en uitstappen op maat van zieke kinderen en kinderen met een handicap.',
    },
  },
];

export const hospichildArticles: SeedArticle[] = [
  // ── News: listed by kind on the news pages, and in the section of their subject if any ──
  {
    key: 'news-hospinews-relaunch',
    kind: 'news',
    sections: [],
    publishedAt: '2026-01-14T09:00:00.000Z',
    fr: {
      title: 'Hospinews : la lettre d’information mensuelle change de look',
      summary:
        'La newsletter de Hospichild adopte une mise en page plus lisible sur smartphone et une rubrique agenda plus visible.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Chaque mois, Hospinews rassemble les nouveaux articles du portail, les rendez-vous du secteur pédiatrique et quelques initiatives repérées par l’équipe de rédaction. Dès ce mois de janvier, la lettre se présente sous un nouveau jour.',
        '## Ce qui change',
        '- une mise en page pensée d’abord pour le téléphone\n- l’agenda des colloques et formations placé en tête de lettre\n- une édition en français et une édition en néerlandais, chacune avec ses propres sujets\n- un lien de désinscription clair, en un seul clic',
        'Parents, soignants, assistants sociaux ou étudiants : l’inscription est gratuite et se fait depuis n’importe quelle page du site. Vos suggestions de sujets sont les bienvenues via le formulaire de contact.',
      ],
    },
  },
  {
    key: 'news-support-group',
    kind: 'news',
    sections: ['illness-serious'],
    publishedAt: '2026-02-09T10:00:00.000Z',
    fr: {
      title: 'Le groupe de parole des parents d’enfants malades chroniques reprend',
      summary:
        'Après une pause, les rencontres mensuelles entre parents reprennent à Bruxelles, avec une psychologue pour animer les échanges.',
      body: [
        'Contenu de démonstration, écrit pour le prototype du portail.',
        'Diabète, mucoviscidose, épilepsie, maladie rénale… Quand la maladie de l’enfant dure, les parents se sentent parfois seuls face aux rendez-vous médicaux, aux traitements et aux questions du quotidien. Le groupe de parole leur offre un temps pour en parler avec d’autres qui vivent la même chose.',
        '## Comment ça se passe ?',
        'Les rencontres ont lieu un mardi soir par mois, dans une salle proche d’un arrêt de métro. Une psychologue veille à ce que chacun puisse prendre la parole, ou simplement écouter. Ce qui se dit dans le groupe reste dans le groupe.',
        '- participation gratuite, sans engagement\n- ouvert aux mamans, aux papas et aux autres proches qui s’occupent de l’enfant\n- rencontres en français, avec possibilité d’échanger en néerlandais ou en anglais',
        'Pour connaître les dates et vous inscrire, adressez-vous au service social de l’hôpital qui suit votre enfant : il relaie l’information auprès des familles.',
      ],
    },
    nl: {
      title: 'Praatgroep voor ouders van chronisch zieke kinderen start opnieuw',
      summary:
        'Na een pauze komen Brusselse ouders weer elke maand samen om ervaringen te delen, begeleid door een psychologe.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Of het nu gaat om diabetes, mucoviscidose, epilepsie of een nierziekte: als je kind langdurig ziek is, sta je er als ouder vaak alleen voor. Consultaties, behandelingen, vragen van school… In de praatgroep vind je ouders die hetzelfde meemaken.',
        '## Hoe verloopt een bijeenkomst?',
        'De groep komt één dinsdagavond per maand samen, vlak bij een metrohalte. Een psychologe zorgt ervoor dat iedereen aan het woord kan komen, maar luisteren mag ook. Wat er gezegd wordt, blijft binnen de groep.',
        '- gratis en vrijblijvend\n- voor mama’s, papa’s en andere naasten die voor het kind zorgen\n- de gesprekken zijn in het Frans, maar Nederlands of Engels spreken kan ook',
        'Wil je meedoen? Vraag de data na bij de sociale dienst van het ziekenhuis waar je kind behandeld wordt.',
      ],
    },
  },
  {
    key: 'news-family-room',
    kind: 'news',
    sections: ['hospital-stay'],
    publishedAt: '2026-03-12T08:30:00.000Z',
    image: {
      fr: 'Dessin d’un coin salon calme : un canapé, une lampe, une fenêtre ensoleillée et une table basse avec deux tasses.',
      nl: 'Tekening van een rustige zithoek: een zetel, een lamp, een zonnig raam en een salontafel met twee kopjes.',
    },
    fr: {
      title: 'Un salon des familles ouvre ses portes dans un service de pédiatrie',
      summary:
        'Un hôpital bruxellois aménage un espace calme où les parents peuvent se poser, manger un morceau et souffler entre deux moments au chevet de leur enfant.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Rester des journées entières auprès d’un enfant hospitalisé fatigue, même les parents les plus solides. Pour leur offrir une vraie pause, un service de pédiatrie bruxellois vient d’ouvrir un salon réservé aux familles, à quelques pas des chambres.',
        '## Ce que l’on y trouve',
        '- des fauteuils confortables et un coin pour faire une sieste\n- une kitchenette avec frigo, micro-ondes et bouilloire\n- un coin jeux pour les frères et sœurs en visite\n- de la documentation en français, en néerlandais et en anglais',
        'Le salon est accessible tous les jours, de 8 h à 21 h. Des bénévoles y passent régulièrement pour proposer un café et, si on le souhaite, un moment d’écoute.',
        'Vous ne savez pas si un tel espace existe dans l’hôpital de votre enfant ? Posez la question à l’infirmière en chef ou au service social : beaucoup de services ont prévu un coin parents, même modeste.',
      ],
    },
    nl: {
      title: 'Nieuwe familieruimte op een Brusselse kinderafdeling',
      summary:
        'Een Brussels ziekenhuis richt een rustige ruimte in waar ouders even tot rust kunnen komen en iets kunnen eten, dicht bij hun kind.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Dagenlang aan het bed van je zieke kind zitten, dat put je uit. Daarom heeft een Brusselse kinderafdeling een ruimte ingericht die enkel voor gezinnen bedoeld is, op een paar stappen van de kamers.',
        '## Wat vind je er?',
        '- comfortabele zetels en een plek om even te slapen\n- een kitchenette met koelkast, microgolfoven en waterkoker\n- een speelhoek voor broers en zussen die op bezoek komen\n- informatiefolders in het Nederlands, het Frans en het Engels',
        'De ruimte is elke dag open van 8 tot 21 uur. Vrijwilligers komen geregeld langs met koffie en een luisterend oor, als je daar zin in hebt.',
        'Weet je niet of het ziekenhuis van je kind zo’n plek heeft? Vraag het aan de hoofdverpleegkundige of aan de sociale dienst. Veel afdelingen hebben wel een ouderhoek, ook al is die klein.',
      ],
    },
  },
  {
    key: 'news-pain-colloquium',
    kind: 'news',
    sections: ['hospital-stay'],
    publishedAt: '2026-04-02T09:00:00.000Z',
    fr: {
      title: 'Colloque : la douleur de l’enfant, de la recherche au chevet',
      summary:
        'Une journée d’étude réunit soignants, chercheurs et parents autour de la prise en charge de la douleur chez l’enfant hospitalisé.',
      body: [
        'Article fictif de démonstration, écrit pour ce prototype.',
        'Un enfant qui a mal ne le dit pas toujours avec des mots. Reconnaître sa douleur, la mesurer et la soulager fait pourtant partie des soins au même titre qu’un traitement. Ce colloque bruxellois fait le point sur les pratiques qui ont fait leurs preuves.',
        '## Au programme',
        '- les échelles d’évaluation adaptées à l’âge, du nouveau-né à l’adolescent\n- les moyens non médicamenteux : distraction, hypnose, présence des parents\n- la préparation aux soins qui font peur : prises de sang, pansements, ponctions\n- un atelier R&D : ce que les projets de recherche en cours changeront demain au chevet',
        'La matinée s’adresse surtout aux professionnels (infirmiers, médecins, psychologues, kinésithérapeutes). L’après-midi, une table ronde donne la parole à des parents et à une association de patients.',
        'Les modalités d’inscription et le lieu sont annoncés dans l’agenda du portail et dans la prochaine édition de Hospinews.',
      ],
    },
  },
  {
    key: 'news-storytelling-volunteers',
    kind: 'news',
    sections: ['hospital-stay'],
    publishedAt: '2026-05-06T09:00:00.000Z',
    fr: {
      title: 'Appel aux bénévoles conteurs pour les enfants hospitalisés',
      summary:
        'Une association cherche des bénévoles pour lire des histoires aux enfants dans plusieurs services de pédiatrie bruxellois.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Une histoire lue au bord du lit, c’est un petit voyage hors de la chambre d’hôpital. Pour étoffer ses équipes, une association de lecture jeunesse lance un appel à bénévoles, francophones comme néerlandophones.',
        '## Le profil recherché',
        '- aimer lire à voix haute et être à l’aise avec les enfants\n- pouvoir se libérer deux heures par semaine, en journée\n- accepter les règles d’hygiène et de discrétion propres à l’hôpital\n- parler une autre langue est un atout apprécié',
        'Une formation de départ est prévue, ainsi qu’un accompagnement régulier par l’équipe de l’association et par les soignants. Les bénévoles ne sont jamais seuls face à une situation difficile.',
        'Envie de vous engager autrement ? De nombreux hôpitaux bruxellois accueillent aussi des bénévoles pour l’accueil, les jeux ou l’accompagnement des familles : renseignez-vous auprès de leur service des volontaires.',
      ],
    },
  },
  {
    key: 'news-summer-activities',
    kind: 'news',
    sections: ['daily-leisure'],
    publishedAt: '2026-06-03T09:00:00.000Z',
    fr: {
      title: 'Vacances d’été : stages et activités adaptés aux enfants malades',
      summary:
        'Plaines, stages créatifs et séjours encadrés : plusieurs organisations ouvrent leurs activités d’été aux enfants qui ont besoin de soins ou d’un accompagnement particulier.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Les vacances sont aussi un droit pour l’enfant malade ou en situation de handicap. Cet été encore, des associations bruxelloises proposent des activités où le traitement, la fatigue ou le fauteuil roulant ne sont pas un obstacle.',
        '## Quelques pistes',
        '- des stages créatifs en petits groupes, avec un encadrement renforcé\n- des séjours de quelques jours accompagnés par une équipe médicale\n- des plaines de jeux inclusives, ouvertes à tous les enfants du quartier\n- des après-midis récréatifs organisés dans certains services de pédiatrie',
        'Avant d’inscrire votre enfant, parlez-en avec son médecin et demandez à l’organisateur comment les soins sont assurés sur place : qui donne les médicaments, qui prévenir en cas de souci, quel est le taux d’encadrement.',
        'Certaines mutualités interviennent dans le prix des stages ou des séjours de vacances. Renseignez-vous auprès de la vôtre : les conditions varient d’une mutualité à l’autre.',
      ],
    },
    nl: {
      title: 'Zomervakantie: kampen en activiteiten op maat van zieke kinderen',
      summary:
        'Speelpleinen, creatieve kampen en begeleide verblijven: ook kinderen die zorg of extra begeleiding nodig hebben, kunnen deze zomer mee op pad.',
      body: [
        'Demonstratietekst, speciaal voor dit prototype geschreven.',
        'Ook een kind met een ziekte of een handicap heeft recht op vakantie. Verschillende Brusselse organisaties bieden deze zomer activiteiten aan waar een behandeling, vermoeidheid of een rolstoel geen probleem zijn.',
        '## Enkele mogelijkheden',
        '- creatieve kampen in kleine groepjes met extra begeleiders\n- korte verblijven met een medisch team in de buurt\n- inclusieve speelpleinwerking voor alle kinderen uit de wijk\n- speelnamiddagen op sommige kinderafdelingen',
        'Overleg eerst met de arts van je kind. Vraag de organisator ook hoe de zorg ter plaatse geregeld is: wie geeft de medicatie, wie verwittig je bij problemen en hoeveel begeleiders zijn er per kind?',
        'Sommige ziekenfondsen komen tussen in de kostprijs van kampen of vakantieverblijven. Informeer bij je eigen ziekenfonds naar de voorwaarden.',
      ],
    },
  },
  {
    key: 'news-hospital-school-year',
    kind: 'news',
    sections: ['daily-school'],
    publishedAt: '2026-08-27T08:00:00.000Z',
    fr: {
      title: 'Rentrée scolaire : l’école à l’hôpital rouvre ses classes',
      summary:
        'Comme chaque fin août, les enseignants des écoles hospitalières préparent la rentrée des enfants qui commenceront l’année dans un lit d’hôpital.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Pour certains élèves, la rentrée ne se fera pas dans la cour de récréation mais dans un service de pédiatrie. Les enseignants de l’école à l’hôpital seront là dès le premier jour pour les accueillir.',
        'Les cours se donnent en petit groupe dans la classe du service ou directement dans la chambre quand l’enfant ne peut pas se déplacer. Le programme suit celui de l’école d’origine, en lien avec l’équipe pédagogique habituelle.',
        '## Bon à savoir pour les parents',
        '- signalez dès l’admission le nom de l’école de votre enfant et son année\n- apportez ses cahiers, son journal de classe et ses manuels si possible\n- demandez comment garder le contact avec la classe : lettres, appels vidéo, visites',
        'Vous trouverez plus d’informations sur notre page consacrée à l’école à l’hôpital, dans la rubrique Vie quotidienne.',
      ],
    },
    nl: {
      title: 'Nieuw schooljaar: de ziekenhuisschool is er klaar voor',
      summary:
        'Zoals elk jaar eind augustus bereiden de leerkrachten van de ziekenhuisscholen zich voor op leerlingen die het schooljaar in een ziekenhuisbed beginnen.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Niet elk kind begint het schooljaar op de speelplaats. Wie in het ziekenhuis ligt, kan vanaf de eerste schooldag rekenen op de leerkrachten van de ziekenhuisschool.',
        'De lessen vinden plaats in een klaslokaal op de afdeling of, als je kind niet uit bed mag, gewoon op de kamer. De leerkrachten volgen zoveel mogelijk het programma van de eigen school en houden contact met de klasleerkracht.',
        '## Tips voor ouders',
        '- geef bij de opname de naam van de school en het leerjaar van je kind door\n- breng schriften, agenda en handboeken mee als dat kan\n- vraag hoe je kind in contact kan blijven met de klas: kaartjes, videogesprekken, een bezoekje',
        'Meer informatie vind je op onze pagina over de ziekenhuisschool, onder Dagelijks leven.',
      ],
    },
  },
  {
    key: 'news-siblings-brochure',
    kind: 'news',
    sections: ['daily-siblings'],
    publishedAt: '2026-09-17T09:00:00.000Z',
    fr: {
      title: 'Une brochure pour la fratrie : « Et moi, dans tout ça ? »',
      summary:
        'Un nouveau livret illustré aide les frères et sœurs d’un enfant malade à mettre des mots sur ce qu’ils ressentent.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Quand un enfant est gravement malade, toute l’attention de la famille se tourne vers lui. Ses frères et sœurs comprennent, bien sûr… mais ils ressentent aussi de l’inquiétude, de la jalousie ou de la culpabilité, souvent sans oser le dire.',
        'Ce livret, écrit avec des psychologues et des familles, s’adresse directement aux enfants de 6 à 12 ans. Des illustrations, des petites questions et des pages à compléter les invitent à raconter leur vécu.',
        '## Dans le livret',
        '- des mots simples pour expliquer la maladie et l’hôpital\n- des émotions qu’on a le droit de ressentir, toutes\n- des idées pour rester en lien avec le frère ou la sœur hospitalisé\n- une page pour les parents, avec quelques repères',
        'La brochure est disponible gratuitement dans plusieurs services de pédiatrie et auprès des services sociaux hospitaliers. Une version en néerlandais est proposée en même temps.',
      ],
    },
    nl: {
      title: 'Nieuwe brochure voor broers en zussen: ‘En ik dan?’',
      summary:
        'Een geïllustreerd boekje helpt broers en zussen van een ziek kind om hun gevoelens onder woorden te brengen.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Als een kind ernstig ziek is, draait alles in het gezin om dat kind. Broers en zussen begrijpen dat wel, maar ze voelen ook ongerustheid, jaloezie of schuld. Vaak durven ze daar niet over te praten.',
        'Het boekje kwam tot stand samen met psychologen en gezinnen en richt zich rechtstreeks tot kinderen van 6 tot 12 jaar. Met tekeningen, vragen en invulpagina’s nodigt het hen uit om hun eigen verhaal te vertellen.',
        '## Wat staat erin?',
        '- eenvoudige uitleg over ziek zijn en het ziekenhuis\n- alle gevoelens mogen er zijn\n- ideeën om contact te houden met je zieke broer of zus\n- een pagina met aandachtspunten voor de ouders',
        'Je vindt de brochure gratis op verschillende kinderafdelingen en bij de sociale diensten van de ziekenhuizen. Ze bestaat ook in het Frans.',
      ],
    },
  },
  {
    key: 'news-respite-weekend',
    kind: 'news',
    sections: ['illness-disability'],
    directoryCategories: [267, 905],
    publishedAt: '2026-10-08T09:00:00.000Z',
    fr: {
      title: 'Week-ends de répit pour les familles d’enfants en situation de handicap',
      summary:
        'Un service bruxellois propose cet automne des week-ends où les enfants sont accueillis et encadrés, le temps pour les parents de recharger leurs batteries.',
      body: [
        'Contenu de démonstration, rédigé pour ce prototype.',
        'S’occuper jour et nuit d’un enfant qui a besoin de soins constants demande une énergie immense. Le répit n’est pas un luxe : c’est ce qui permet de tenir sur la durée, pour les parents comme pour la fratrie.',
        'Pendant deux jours, une équipe d’éducateurs et d’infirmiers accueille les enfants dans une maison adaptée, avec des activités à leur rythme. Les parents peuvent dormir, sortir, passer du temps avec leurs autres enfants… ou ne rien faire du tout.',
        '## Pour qui ?',
        '- les enfants et adolescents en situation de handicap ou de polyhandicap\n- les familles domiciliées en Région bruxelloise\n- une première rencontre avec l’équipe est prévue avant tout séjour',
        'D’autres formules de répit existent à Bruxelles, à domicile ou en journée. Le service social de votre mutualité ou le site de [Iriscare](https://www.iriscare.brussels) peuvent vous orienter.',
      ],
    },
  },
  {
    key: 'news-listening-lines',
    kind: 'news',
    sections: ['illness-serious'],
    publishedAt: '2026-11-10T09:00:00.000Z',
    fr: {
      title: 'Parents épuisés : une écoute anonyme, jour et nuit',
      summary:
        'Télé-Accueil rappelle que ses écoutants sont aussi là pour les parents qui traversent la maladie de leur enfant et n’en peuvent plus.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Les parents d’un enfant malade tiennent souvent bon devant tout le monde, puis craquent le soir, une fois la maison silencieuse. C’est précisément à ces moments-là qu’une voix au bout du fil peut aider.',
        'Télé-Accueil offre une écoute anonyme et gratuite, 24 heures sur 24, par téléphone ou par chat. Les écoutants bénévoles sont formés pour accueillir la fatigue, la peur ou la colère, sans jugement.',
        '## Quand appeler ?',
        '- quand vous avez besoin de parler mais ne voulez pas inquiéter vos proches\n- quand l’angoisse vous empêche de dormir\n- quand vous ne savez plus vers qui vous tourner',
        'Le numéro et le chat sont accessibles depuis le site de [Télé-Accueil](https://www.tele-accueil.be). En néerlandais, Tele-Onthaal propose le même type d’écoute.',
      ],
    },
    nl: {
      title: 'Uitgeputte ouders: dag en nacht een anoniem luisterend oor',
      summary:
        'Tele-Onthaal herinnert eraan dat het er ook is voor ouders die het door de ziekte van hun kind niet meer zien zitten.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Ouders van een ziek kind houden zich overdag vaak sterk. ’s Avonds, als het stil wordt in huis, komt alles naar boven. Net dan kan een gesprek met iemand aan de andere kant van de lijn deugd doen.',
        'Tele-Onthaal biedt dag en nacht een anoniem en gratis gesprek aan, telefonisch of via chat. De vrijwilligers zijn opgeleid om te luisteren naar vermoeidheid, angst of boosheid, zonder te oordelen.',
        '## Wanneer kun je bellen?',
        '- als je je verhaal kwijt wilt zonder je naasten ongerust te maken\n- als de zorgen je uit je slaap houden\n- als je niet meer weet bij wie je terechtkunt',
        'Het nummer en de chat vind je op de website van [Tele-Onthaal](https://www.tele-onthaal.be). Franstaligen kunnen terecht bij Télé-Accueil.',
      ],
    },
  },

  // ───────────────────────────── Focus ─────────────────────────────
  {
    key: 'focus-clowns',
    kind: 'focus',
    sections: ['hospital-stay', 'daily-leisure'],
    publishedAt: '2026-07-01T09:00:00.000Z',
    fr: {
      title: 'Les clowns de la pédiatrie : « On ne vient pas faire rire, on vient jouer »',
      summary:
        'Chaque semaine, des clowns professionnels passent de chambre en chambre. Rencontre avec Margot, alias Docteur Pomme, clown à l’hôpital depuis dix ans.',
      body: [
        'Entretien fictif, rédigé comme texte de démonstration pour ce prototype.',
        'Nez rouge, blouse trop grande et stéthoscope en caoutchouc : quand Margot entre dans le service, elle devient Docteur Pomme. « Mais avant de frapper à une porte, on passe toujours par l’infirmière, explique-t-elle. Elle nous dit qui dort, qui a eu une nuit difficile, qui attend un examen. »',
        '## Demander la permission',
        '« Le plus important, c’est que l’enfant puisse dire non. À l’hôpital, on lui impose beaucoup de choses. Avec nous, c’est lui qui décide si on entre, si on reste, si on repart. Parfois on joue juste depuis le couloir, et ça suffit. »',
        'Les clowns travaillent toujours en duo et adaptent leur jeu à l’âge et à l’état de l’enfant : une chanson douce pour un bébé, une fausse dispute pour un ado qui s’ennuie, un tour de magie raté pendant une prise de sang.',
        '- des clowns professionnels, formés au milieu hospitalier\n- une visite concertée avec l’équipe soignante\n- des passages réguliers, pensés aussi pour les parents et les soignants',
        '« Ce que je préfère ? Quand un parent qui n’a pas souri depuis des jours éclate de rire avec son enfant. Pendant cinq minutes, la chambre n’est plus une chambre d’hôpital. »',
      ],
    },
    nl: {
      title: 'De clowns van de kinderafdeling: ‘We komen spelen, niet grappig doen’',
      summary:
        'Elke week trekken professionele clowns van kamer naar kamer. We spraken met Margot, die al tien jaar als Dokter Appel op de kinderafdeling komt.',
      body: [
        'Fictief interview, geschreven als demonstratietekst voor dit prototype.',
        'Een rode neus, een veel te grote witte jas en een rubberen stethoscoop: zodra Margot de afdeling op stapt, is ze Dokter Appel. ‘Maar eerst gaan we altijd langs bij de verpleging’, vertelt ze. ‘Zij weten wie slaapt, wie een slechte nacht had en wie straks een onderzoek heeft.’',
        '## Het kind beslist',
        '‘Het belangrijkste is dat een kind nee mag zeggen. In het ziekenhuis wordt er veel over zijn hoofd heen beslist. Bij ons bepaalt het zelf of we binnenkomen, blijven of weer vertrekken. Soms spelen we gewoon vanuit de gang, en dat is ook goed.’',
        'De clowns werken altijd met z’n tweeën en passen hun spel aan de leeftijd en de toestand van het kind aan: een zacht liedje voor een baby, een gespeelde ruzie voor een tiener die zich verveelt, een mislukte goocheltruc tijdens een bloedafname.',
        '- professionele clowns met een opleiding voor het werk in ziekenhuizen\n- elk bezoek wordt afgestemd met het zorgteam\n- ook ouders en zorgverleners krijgen een glimlach mee',
        '‘Het mooiste moment? Als een mama of papa die al dagen niet meer gelachen heeft, samen met het kind in een deuk ligt. Even is die kamer geen ziekenhuiskamer meer.’',
      ],
    },
  },
  {
    key: 'focus-night-nurse',
    kind: 'focus',
    sections: ['hospital-stay'],
    publishedAt: '2026-02-25T09:00:00.000Z',
    fr: {
      title: 'La nuit en pédiatrie, racontée par Sophie, infirmière',
      summary:
        'Que se passe-t-il dans un service de pédiatrie quand les lumières s’éteignent ? Sophie, infirmière de nuit, nous ouvre les portes de son quotidien.',
      body: [
        'Entretien fictif, texte de démonstration rédigé pour ce prototype.',
        'Sophie commence son service à 21 h, au moment où les visites se terminent. « La nuit, l’hôpital change de visage. C’est plus calme, mais les enfants ont souvent plus peur. Le noir, les bruits des machines, l’absence des copains de chambre qui sont rentrés chez eux… »',
        '## Des soins qui continuent',
        'Surveillance des perfusions, prise des paramètres, médicaments à heures fixes : les soins ne s’arrêtent pas. « On essaie de les regrouper pour réveiller l’enfant le moins possible. Une lampe de poche, une voix basse, et parfois le soin se fait sans qu’il ouvre les yeux. »',
        'Beaucoup de parents restent dormir auprès de leur enfant. « Je leur dis toujours : vous avez le droit de dormir. Si quelque chose se passe, on est là. Un parent reposé, c’est un enfant rassuré le lendemain. »',
        '- n’hésitez pas à sonner, même pour une question qui vous paraît petite\n- apportez le doudou, la veilleuse ou la musique habituelle de votre enfant\n- signalez à l’équipe ses rituels du coucher',
        '« Mon plus beau moment ? Le petit matin, quand un enfant qui avait mal la veille se réveille en réclamant son petit-déjeuner. »',
      ],
    },
    nl: {
      title: 'De nacht op de kinderafdeling, verteld door verpleegkundige Sophie',
      summary:
        'Wat gebeurt er op de kinderafdeling als het licht uitgaat? Nachtverpleegkundige Sophie neemt ons mee in haar werk.',
      body: [
        'Fictief interview, demonstratietekst voor dit prototype.',
        'Sophie begint om 21 uur, als het bezoek naar huis gaat. ‘’s Nachts is het ziekenhuis een andere wereld. Rustiger, maar kinderen zijn dan vaak banger. Het donker, de geluiden van de toestellen, het lege bed van het kamergenootje dat naar huis mocht…’',
        '## De zorg gaat door',
        'Infusen opvolgen, parameters meten, medicatie op vaste uren: de zorg stopt niet. ‘We proberen alles te combineren, zodat we het kind zo weinig mogelijk wakker maken. Met een zaklampje en een zachte stem lukt het soms zonder dat het zijn ogen opendoet.’',
        'Veel ouders blijven bij hun kind slapen. ‘Ik zeg hen altijd: je mag slapen, wij zijn er. Een uitgeruste ouder betekent een gerustgesteld kind de volgende ochtend.’',
        '- bel gerust, ook voor een vraag die klein lijkt\n- neem de knuffel, het nachtlampje of de vertrouwde muziek mee\n- vertel het team welke slaaprituelen je kind heeft',
        '‘Mijn mooiste moment? ’s Ochtends vroeg, als een kind dat de avond ervoor pijn had, wakker wordt en om ontbijt vraagt.’',
      ],
    },
  },
  {
    key: 'focus-social-worker',
    kind: 'focus',
    sections: ['rights-financial', 'hospital-stay'],
    publishedAt: '2026-04-22T09:00:00.000Z',
    fr: {
      title: 'Karim, assistant social : « Personne ne doit rester seul avec ses factures »',
      summary:
        'Démarches, frais, organisation familiale : l’assistant social du service de pédiatrie est souvent le premier relais des parents. Karim explique son rôle.',
      body: [
        'Entretien fictif, rédigé comme contenu de démonstration pour ce prototype.',
        '« Les parents pensent souvent que le service social, c’est pour les familles en grande difficulté. En réalité, tout le monde peut venir nous voir », insiste Karim, assistant social dans un service de pédiatrie bruxellois.',
        '## Les questions les plus fréquentes',
        '- combien va coûter l’hospitalisation et que rembourse la mutualité ?\n- comment prévenir mon employeur et quel congé puis-je prendre ?\n- qui va garder mes autres enfants ?\n- à quelles aides financières ai-je droit ?',
        '« Mon travail, c’est d’abord d’écouter. Ensuite, on fait le tri ensemble. Je ne connais pas toutes les réponses, mais je sais vers qui orienter : la mutualité, le CPAS, la caisse d’allocations familiales, une association de patients. »',
        'Karim rappelle que beaucoup de familles passent à côté de droits simplement parce qu’elles ne les connaissent pas, comme l’intervention majorée ou le maximum à facturer. « Si vous avez un doute, demandez. C’est gratuit, et c’est notre métier. »',
      ],
    },
    nl: {
      title: 'Sociaal assistent Karim: ‘Niemand hoeft alleen te blijven met zijn facturen’',
      summary:
        'Papierwerk, kosten, de opvang thuis: de sociale dienst van de kinderafdeling is vaak het eerste aanspreekpunt voor ouders. Karim legt uit wat hij doet.',
      body: [
        'Fictief interview, geschreven als demonstratietekst voor dit prototype.',
        '‘Veel ouders denken dat de sociale dienst enkel voor gezinnen in grote moeilijkheden is. Dat klopt niet: iedereen mag bij ons aankloppen’, zegt Karim, die als sociaal assistent op een Brusselse kinderafdeling werkt.',
        '## Waar ouders mee zitten',
        '- wat gaat de opname kosten en wat betaalt het ziekenfonds terug?\n- hoe breng ik mijn werkgever op de hoogte en welk verlof kan ik nemen?\n- wie vangt mijn andere kinderen op?\n- op welke financiële steun heb ik recht?',
        '‘Eerst luister ik. Daarna zoeken we samen uit wat prioriteit heeft. Ik heb niet op alles een antwoord, maar ik weet wel naar wie ik kan doorverwijzen: het ziekenfonds, het OCMW, het kinderbijslagfonds of een patiëntenvereniging.’',
        'Volgens Karim lopen veel gezinnen rechten mis omdat ze er gewoon niet van weten, zoals de verhoogde tegemoetkoming of de maximumfactuur. ‘Twijfel je? Vraag het. Het is gratis en het is ons vak.’',
      ],
    },
  },
  {
    key: 'focus-hospital-teacher',
    kind: 'focus',
    sections: ['daily-school'],
    publishedAt: '2026-09-30T09:00:00.000Z',
    fr: {
      title: 'Els, institutrice à l’école à l’hôpital : « Ici, l’enfant redevient un élève »',
      summary:
        'Els enseigne depuis quinze ans dans un service de pédiatrie. Elle raconte une classe pas comme les autres, où chaque élève a son propre rythme.',
      body: [
        'Entretien fictif, texte de démonstration rédigé pour ce prototype.',
        'Dans la classe d’Els, il y a parfois trois élèves, parfois dix, et rarement deux fois les mêmes. « Certains restent deux jours, d’autres plusieurs mois. Mon premier réflexe, c’est de contacter leur école pour savoir où ils en sont. »',
        '## Plus que des leçons',
        '« Quand un enfant arrive, il est d’abord un patient : on le pique, on l’examine, on parle de lui. En classe, on lui demande ce qu’il pense, ce qu’il sait faire. Il redevient un élève, et ça change tout pour le moral. »',
        'Les cours s’adaptent à la fatigue et aux traitements. Une leçon peut être interrompue par un soin, reprise le lendemain, ou donnée au lit quand l’enfant ne peut pas se lever.',
        '- un programme calqué sur celui de l’école d’origine\n- des bulletins et évaluations transmis à l’école habituelle\n- des projets communs pour garder le lien avec les camarades de classe',
        '« Le plus difficile, c’est le retour à l’école après une longue absence. On le prépare ensemble, avec les parents, l’enseignant de la classe et parfois toute la classe. »',
      ],
    },
    nl: {
      title: 'Els, juf in de ziekenhuisschool: ‘Hier is een kind gewoon weer leerling’',
      summary:
        'Els geeft al vijftien jaar les op een kinderafdeling. Ze vertelt over een bijzondere klas, waar elk kind zijn eigen tempo volgt.',
      body: [
        'Fictief interview, demonstratietekst geschreven voor dit prototype.',
        'In de klas van Els zitten soms drie leerlingen, soms tien, en zelden twee keer dezelfde. ‘Sommigen blijven twee dagen, anderen maanden. Het eerste wat ik doe, is hun school bellen om te weten waar ze staan.’',
        '## Meer dan lesgeven',
        '‘Een kind dat hier binnenkomt, is eerst en vooral patiënt. Er wordt geprikt, onderzocht en over hem gepraat. In de klas vragen we wat hij zelf denkt en kan. Dan is hij weer leerling, en dat doet zoveel voor het moreel.’',
        'De lessen houden rekening met vermoeidheid en behandelingen. Een les kan onderbroken worden voor een verzorging, de dag erna verdergaan of aan bed plaatsvinden als het kind niet mag opstaan.',
        '- een programma dat aansluit bij de eigen school\n- rapporten en evaluaties gaan naar de vaste school\n- gezamenlijke projecten om het contact met de klasgenoten te bewaren',
        '‘Het moeilijkste is de terugkeer naar school na een lange afwezigheid. Die bereiden we samen voor, met de ouders, de klasleerkracht en soms met de hele klas.’',
      ],
    },
  },
  {
    key: 'focus-diabetes-parent',
    kind: 'focus',
    sections: ['illness-serious', 'daily'],
    publishedAt: '2026-05-20T09:00:00.000Z',
    fr: {
      title: 'Diabète de type 1 : Nadia raconte le quotidien avec son fils Elias',
      summary:
        'Le diagnostic est tombé quand Elias avait 7 ans. Deux ans plus tard, sa maman revient sur l’apprentissage, les nuits courtes et ce qui l’a aidée.',
      body: [
        'Témoignage fictif, écrit comme texte de démonstration pour ce prototype.',
        '« Au début, j’avais l’impression de devoir devenir infirmière du jour au lendemain », se souvient Nadia. Glycémies, calcul des glucides, injections : pendant le séjour à l’hôpital, l’équipe de diabétologie pédiatrique lui apprend tous les gestes.',
        '## Les premiers mois',
        'Le retour à la maison est la période la plus dure. « Je me levais deux ou trois fois par nuit pour vérifier qu’il allait bien. Le capteur de glucose a vraiment changé notre vie : l’alarme me prévient, je ne vis plus dans l’angoisse. »',
        'L’école a été l’autre grand chantier. Nadia a rencontré l’institutrice, la direction et le centre PMS pour expliquer la maladie et convenir de ce qu’il fallait faire en cas d’hypoglycémie.',
        '- un plan d’action écrit, affiché en classe et à la cantine\n- une collation toujours disponible dans le cartable\n- un téléphone joignable en permanence pour les questions',
        '« Aujourd’hui, Elias gère de plus en plus seul. Il fait du foot, il part en classe verte. Mon conseil aux parents qui débutent ? Posez toutes vos questions à l’équipe et rapprochez-vous d’une association de patients : on y trouve des gens qui comprennent sans qu’on ait besoin d’expliquer. »',
      ],
    },
  },
  {
    key: 'focus-home-care-father',
    kind: 'focus',
    sections: ['illness-homecare'],
    directoryCategories: [273],
    publishedAt: '2026-10-21T09:00:00.000Z',
    fr: {
      title: 'Soins à la maison : Thomas raconte le retour de Mila après la néonatologie',
      summary:
        'Née très prématurée, Mila est rentrée chez elle avec de l’oxygène et une sonde d’alimentation. Son papa décrit l’organisation des soins à domicile.',
      body: [
        'Témoignage fictif, texte de démonstration rédigé pour ce prototype.',
        'Après trois mois en néonatologie, Thomas et sa compagne avaient hâte de ramener Mila à la maison. « Et en même temps, on avait une peur bleue. À l’hôpital, il y a toujours quelqu’un. Chez soi, c’est nous qui devenons l’équipe. »',
        '## Ce qui a été mis en place',
        '- une infirmière à domicile qui passe chaque jour les premières semaines\n- le matériel (oxygène, pompe, saturomètre) livré avant la sortie\n- une consultation de suivi à l’hôpital toutes les deux semaines\n- un numéro de l’équipe de liaison pédiatrique pour les questions urgentes',
        '« L’infirmière sociale de la néonatologie a tout coordonné avec notre mutualité. Sans elle, on se serait noyés dans les formulaires. »',
        'Thomas insiste aussi sur le soutien de l’ONE : la consultation pour enfants et les visites du travailleur médico-social ont rassuré le couple. Côté néerlandophone, Kind en Gezin joue un rôle comparable.',
        '« Aujourd’hui, Mila respire seule. Si je devais donner un conseil : acceptez l’aide qu’on vous propose, et gardez des moments à deux, même courts. »',
      ],
    },
  },

  // ───────────────────────────── Permanent pages ─────────────────────────────
  {
    key: 'page-prepare-stay',
    kind: 'page',
    sections: ['hospital-prepare'],
    publishedAt: '2026-01-20T09:00:00.000Z',
    fr: {
      title: 'Préparer son enfant à une hospitalisation',
      summary:
        'Un enfant bien préparé vit mieux son séjour à l’hôpital. Quelques repères pour lui en parler selon son âge et organiser le jour de l’admission.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'L’inconnu fait peur, aux enfants comme aux adultes. Expliquer à l’avance ce qui va se passer, avec des mots simples et honnêtes, aide l’enfant à garder un peu de contrôle sur ce qu’il vit. Évitez de promettre que « ça ne fera pas mal » si ce n’est pas sûr : mieux vaut dire que l’équipe fera tout pour le soulager.',
        '## En parler selon l’âge',
        '- tout-petits : quelques jours avant suffisent, avec un livre d’images ou un jeu de docteur\n- enfants d’âge scolaire : une semaine avant, en répondant franchement à leurs questions\n- adolescents : associez-les aux décisions et laissez-les parler directement avec le médecin',
        'Beaucoup d’hôpitaux bruxellois proposent des visites du service avant une opération programmée, des vidéos ou des brochures destinées aux enfants. Renseignez-vous lors de la consultation préopératoire.',
        '## La valise',
        '- le doudou, un pyjama et des vêtements confortables\n- ses jeux, livres ou musique préférés, un chargeur\n- la carte d’identité de l’enfant (Kids-ID ou vignettes de mutuelle) et les documents demandés\n- pour vous : de quoi passer la nuit si vous restez auprès de lui',
        'Pensez aussi à prévenir l’école et, si vous travaillez, votre employeur. Le service social de l’hôpital peut vous aider à organiser la garde des frères et sœurs.',
      ],
    },
    nl: {
      title: 'Je kind voorbereiden op een ziekenhuisopname',
      summary:
        'Een goed voorbereid kind beleeft een opname beter. Zo praat je erover op maat van de leeftijd en plan je de dag van de opname.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Wat je niet kent, maakt bang, bij kinderen net zo goed als bij volwassenen. Leg daarom vooraf uit wat er gaat gebeuren, eenvoudig en eerlijk. Beloof niet dat iets geen pijn zal doen als je dat niet zeker weet. Zeg liever dat de verpleging en de artsen er alles aan doen om de pijn te verlichten.',
        '## Praten op maat van de leeftijd',
        '- peuters en kleuters: een paar dagen vooraf volstaat, met een prentenboek of een dokterspelletje\n- lagereschoolkinderen: een week vooraf, en beantwoord hun vragen eerlijk\n- tieners: betrek hen bij de beslissingen en laat hen zelf met de arts praten',
        'Veel Brusselse ziekenhuizen bieden een rondleiding aan vóór een geplande operatie, of hebben filmpjes en brochures voor kinderen. Vraag ernaar op de consultatie voor de ingreep.',
        '## De valies',
        '- de knuffel, een pyjama en gemakkelijke kleren\n- favoriete spelletjes, boeken of muziek, en een oplader\n- de Kids-ID of klevers van het ziekenfonds en de gevraagde documenten\n- voor jezelf: wat je nodig hebt als je blijft overnachten',
        'Verwittig ook de school en, als je werkt, je werkgever. De sociale dienst van het ziekenhuis kan helpen om opvang voor broers en zussen te regelen.',
      ],
    },
  },
  {
    key: 'page-overnight',
    kind: 'page',
    sections: ['hospital-stay'],
    publishedAt: '2026-02-03T09:00:00.000Z',
    fr: {
      title: 'Passer la nuit à l’hôpital auprès de son enfant',
      summary:
        'Dans la plupart des services de pédiatrie, un parent peut rester dormir près de son enfant. Ce qu’il faut savoir sur l’organisation et les frais.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'La présence d’un parent rassure l’enfant et l’aide à mieux supporter les soins. C’est pourquoi les services de pédiatrie encouragent le « rooming-in » : un parent dort dans la chambre, sur un lit d’appoint ou un fauteuil-lit.',
        '## En pratique',
        '- signalez dès l’admission que vous souhaitez rester la nuit\n- informez-vous sur les repas : certains hôpitaux proposent un plateau pour le parent, d’autres une cafétéria\n- demandez où ranger vos affaires et où prendre une douche\n- relayez-vous si possible avec un autre proche, pour vous reposer aussi',
        '## Et les frais ?',
        'Le lit et les repas du parent accompagnant peuvent être facturés, et les règles varient d’un hôpital à l’autre selon le type de chambre choisi. Demandez le détail au service des admissions avant de signer la déclaration d’admission.',
        'De nombreuses mutualités et assurances hospitalisation remboursent une partie des frais de séjour du parent accompagnant. Renseignez-vous auprès de votre mutualité, qu’il s’agisse des Mutualités chrétiennes, de Solidaris, de Helan, des Mutualités neutres ou libérales.',
      ],
    },
    nl: {
      title: '’s Nachts bij je kind in het ziekenhuis blijven',
      summary:
        'Op de meeste kinderafdelingen mag een ouder bij het kind overnachten. Wat je moet weten over de praktische kant en de kosten.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Als mama of papa in de buurt is, voelt een kind zich veiliger en verdraagt het de zorgen beter. Daarom moedigen kinderafdelingen rooming-in aan: een ouder slaapt op de kamer, in een bijzetbed of een slaapzetel.',
        '## Praktisch',
        '- zeg bij de opname meteen dat je ’s nachts wilt blijven\n- vraag hoe het zit met maaltijden: soms krijg je een maaltijd, soms moet je naar de cafetaria\n- vraag waar je je spullen kwijt kunt en waar je kunt douchen\n- wissel zo mogelijk af met een andere naaste, zodat ook jij kunt rusten',
        '## En de kosten?',
        'Het bed en de maaltijden van de begeleidende ouder kunnen aangerekend worden. De regels verschillen per ziekenhuis en per kamertype. Vraag uitleg aan de opnamedienst voor je de opnameverklaring ondertekent.',
        'Veel ziekenfondsen en hospitalisatieverzekeringen betalen een deel van de verblijfskosten van de begeleidende ouder terug. Informeer bij je eigen ziekenfonds, of dat nu CM, Solidaris, Helan, de Neutrale of de Liberale Mutualiteit is.',
      ],
    },
  },
  {
    key: 'page-minor-patient-rights',
    kind: 'page',
    sections: ['hospital-rights'],
    publishedAt: '2026-03-02T09:00:00.000Z',
    fr: {
      title: 'Les droits du patient mineur : ce que la loi garantit à votre enfant',
      summary:
        'Information, consentement, respect de l’intimité, soulagement de la douleur : un enfant soigné a des droits, exercés avec ses parents et selon sa maturité.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'En Belgique, la loi relative aux droits du patient s’applique aussi aux enfants. Tant que l’enfant est mineur, ce sont en principe ses parents ou son tuteur qui exercent ces droits pour lui. Mais l’enfant n’est pas laissé de côté : il doit être associé aux décisions en fonction de son âge et de sa maturité.',
        '## Les droits principaux',
        '- recevoir des soins de qualité, dans le respect de sa dignité\n- être informé, avec des mots qu’il peut comprendre\n- donner son avis, et voir son consentement recherché\n- voir sa vie privée et son intimité respectées\n- bénéficier d’une prise en charge de la douleur\n- disposer d’un dossier médical tenu à jour et le consulter, via ses parents',
        'Un adolescent jugé apte à apprécier raisonnablement ses intérêts peut, dans certains cas, exercer lui-même ses droits, par exemple pour parler seul avec son médecin.',
        '## En cas de difficulté',
        'Chaque hôpital dispose d’un service de médiation « droits du patient ». Le médiateur écoute, informe et cherche une solution avec l’équipe. Pour en savoir plus, consultez le site du [SPF Santé publique](https://www.health.belgium.be).',
      ],
    },
    nl: {
      title: 'Rechten van de minderjarige patiënt: wat de wet je kind garandeert',
      summary:
        'Informatie, toestemming, privacy en pijnbestrijding: een kind in zorg heeft rechten, die het samen met zijn ouders en naar rijpheid uitoefent.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'De Belgische wet op de patiëntenrechten geldt ook voor kinderen. Zolang je kind minderjarig is, oefenen de ouders of de voogd die rechten in principe uit. Maar het kind zelf telt mee: het wordt bij beslissingen betrokken, afhankelijk van zijn leeftijd en maturiteit.',
        '## De belangrijkste rechten',
        '- kwaliteitsvolle zorg, met respect voor de waardigheid van het kind\n- informatie in begrijpelijke taal\n- zijn mening geven en om toestemming gevraagd worden\n- respect voor privacy en intimiteit\n- aandacht voor pijn en pijnbestrijding\n- een bijgehouden patiëntendossier, dat via de ouders ingekeken kan worden',
        'Een jongere die in staat is zijn belangen redelijk in te schatten, kan zijn rechten soms zelfstandig uitoefenen, bijvoorbeeld om alleen met de arts te praten.',
        '## Als het misloopt',
        'Elk ziekenhuis heeft een ombudsdienst patiëntenrechten. De ombudspersoon luistert, geeft informatie en zoekt samen met het team naar een oplossing. Meer uitleg vind je op de website van de [FOD Volksgezondheid](https://www.health.belgium.be).',
      ],
    },
  },
  {
    key: 'page-hospital-school',
    kind: 'page',
    sections: ['daily-school', 'hospital-stay'],
    publishedAt: '2026-03-25T09:00:00.000Z',
    fr: {
      title: 'L’école à l’hôpital et à la maison : garder le fil des apprentissages',
      summary:
        'Pendant une hospitalisation ou une longue convalescence, plusieurs solutions permettent à votre enfant de continuer à apprendre et de garder le lien avec sa classe.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'La maladie ne met pas la scolarité entre parenthèses. Dans les grands services de pédiatrie bruxellois, comme ceux de l’HUDERF, des Cliniques universitaires Saint-Luc ou de l’UZ Brussel, des enseignants accueillent les enfants hospitalisés, de la maternelle au secondaire.',
        '## Les différentes formules',
        '- l’école à l’hôpital : des cours en classe ou au lit, en lien avec l’école d’origine\n- l’enseignement à domicile, quand l’enfant ne peut pas retourner en classe après sa sortie\n- la classe connectée : un ordinateur relie l’enfant à ses camarades en direct, grâce à des associations comme Take Off ou, côté néerlandophone, Bednet',
        'Ces dispositifs sont gratuits pour les familles. Ils sont possibles dans l’enseignement francophone comme néerlandophone, avec des règles un peu différentes selon la communauté.',
        '## Comment faire ?',
        'À l’hôpital, demandez à rencontrer l’enseignant dès les premiers jours. Pour l’enseignement à domicile ou la classe connectée, parlez-en à la direction de l’école de votre enfant : c’est souvent elle qui introduit la demande.',
      ],
    },
    nl: {
      title: 'Ziekenhuisschool en les aan huis: blijven leren tijdens ziekte',
      summary:
        'Tijdens een opname of een lange herstelperiode zijn er verschillende manieren om je kind te laten bijleren en in contact te houden met de klas.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Ziek zijn betekent niet dat school stilvalt. Op de grote Brusselse kinderafdelingen, zoals in het UZ Brussel, het HUDERF of de Cliniques universitaires Saint-Luc, geven leerkrachten les aan kinderen van de kleuterschool tot het secundair.',
        '## De mogelijkheden',
        '- de ziekenhuisschool: les in de klas of aan bed, in overleg met de eigen school\n- tijdelijk onderwijs aan huis, als je kind na het ontslag nog niet naar school kan\n- synchroon internetonderwijs: via Bednet volgt je kind live de les samen met de klasgenoten',
        'Deze ondersteuning is gratis voor de ouders. Ze bestaat zowel in het Nederlandstalige als in het Franstalige onderwijs, met iets andere regels.',
        '## Hoe vraag je het aan?',
        'Vraag in het ziekenhuis al in de eerste dagen een gesprek met de leerkracht. Voor onderwijs aan huis of Bednet neem je contact op met de directie van de school van je kind. Meestal dient de school de aanvraag in. Meer informatie over Bednet vind je op [bednet.be](https://www.bednet.be).',
      ],
    },
  },
  {
    key: 'page-home-care',
    kind: 'page',
    sections: ['illness-homecare'],
    directoryCategories: [273, 950],
    publishedAt: '2026-04-14T09:00:00.000Z',
    fr: {
      title: 'Soins à domicile après la sortie de l’hôpital',
      summary:
        'Quand votre enfant rentre à la maison avec des soins à poursuivre, une bonne préparation de la sortie rend le retour plus serein.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Pansements, perfusions, alimentation par sonde, oxygène, kinésithérapie : de plus en plus de soins peuvent se poursuivre à la maison. L’enfant retrouve son environnement et sa famille, mais les parents ont besoin d’être bien entourés.',
        '## Avant la sortie',
        '- demandez une lettre de sortie claire et la liste des médicaments\n- faites-vous montrer les gestes, et refaites-les devant l’infirmière\n- vérifiez que le matériel nécessaire sera livré à temps\n- notez qui appeler jour et nuit en cas de question',
        '## Qui peut vous aider ?',
        'Des infirmiers à domicile, sur prescription médicale, viennent réaliser ou superviser les soins. Certains hôpitaux disposent d’une équipe de liaison pédiatrique qui fait le lien entre le service et la maison, notamment pour les enfants gravement malades.',
        'Votre mutualité peut vous orienter vers des services d’aide et de soins à domicile, et prêter ou louer du matériel médical à tarif avantageux. Pour les tout-petits, l’ONE et Kind en Gezin assurent aussi un suivi préventif. Plus d’informations sur le site de l’[ONE](https://www.one.be).',
      ],
    },
    nl: {
      title: 'Thuiszorg na het ziekenhuis: de zorg thuis voortzetten',
      summary:
        'Komt je kind naar huis met zorgen die verder moeten lopen? Met een goede voorbereiding van het ontslag verloopt de thuiskomst rustiger.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Wondzorg, infusen, sondevoeding, zuurstof of kinesitherapie: steeds meer zorg kan thuis gebeuren. Je kind is terug in zijn vertrouwde omgeving, maar als ouder heb je dan wel goede ondersteuning nodig.',
        '## Voor het ontslag',
        '- vraag een duidelijke ontslagbrief en een lijst met de medicatie\n- laat je de handelingen tonen en doe ze zelf eens voor de verpleegkundige\n- controleer of het nodige materiaal op tijd geleverd wordt\n- noteer wie je dag en nacht kunt bellen met vragen',
        '## Wie kan helpen?',
        'Thuisverpleegkundigen komen op voorschrift van de arts de zorg uitvoeren of opvolgen. Sommige ziekenhuizen hebben een pediatrisch liaisonteam dat de brug slaat tussen de afdeling en thuis, vooral voor ernstig zieke kinderen.',
        'Je ziekenfonds kan je doorverwijzen naar diensten voor thuishulp en thuiszorg, en leent of verhuurt medisch materiaal tegen een voordelig tarief. Voor de allerkleinsten volgt [Kind en Gezin](https://www.kindengezin.be) ook de preventieve zorg op.',
      ],
    },
  },
  {
    key: 'page-increased-reimbursement',
    kind: 'page',
    sections: ['rights-mutuality', 'rights-financial'],
    publishedAt: '2026-05-12T09:00:00.000Z',
    fr: {
      title: 'L’intervention majorée (BIM) : payer moins cher ses soins de santé',
      summary:
        'Certaines familles ont droit à un meilleur remboursement de leurs soins. Voici, en termes généraux, ce que recouvre ce statut et comment le demander.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'L’intervention majorée, souvent appelée statut BIM, permet de payer une part plus faible du prix des consultations, des médicaments et de l’hospitalisation. Quand un membre du ménage en bénéficie, toutes les personnes à sa charge en profitent généralement aussi, enfants compris.',
        '## Qui peut y avoir droit ?',
        '- les ménages dont les revenus sont modestes, après examen de leur situation\n- les personnes qui perçoivent certaines allocations sociales\n- certains enfants dont l’affection ou le handicap est reconnu, selon des critères précis',
        'Dans certains cas, le droit est accordé automatiquement. Dans d’autres, il faut introduire une demande auprès de sa mutualité et déclarer les revenus du ménage. Les montants et plafonds évoluent : renseignez-vous auprès de votre mutualité plutôt que de vous fier à un chiffre trouvé en ligne.',
        '## D’autres protections à connaître',
        'Le maximum à facturer limite chaque année les frais médicaux à charge d’un ménage, et le tiers payant évite d’avancer l’argent chez certains prestataires. Le site de l’[INAMI](https://www.inami.fgov.be) présente ces mécanismes en détail.',
      ],
    },
    nl: {
      title: 'De verhoogde tegemoetkoming: minder betalen voor gezondheidszorg',
      summary:
        'Sommige gezinnen krijgen een hogere terugbetaling van hun zorgkosten. Wat dat statuut inhoudt en hoe je het aanvraagt, in grote lijnen.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Met de verhoogde tegemoetkoming betaal je minder remgeld voor raadplegingen, geneesmiddelen en ziekenhuisopnames. Heeft één lid van het gezin dit statuut, dan genieten de personen ten laste, ook de kinderen, er meestal mee van.',
        '## Wie komt in aanmerking?',
        '- gezinnen met een bescheiden inkomen, na een onderzoek van hun situatie\n- mensen die bepaalde sociale uitkeringen ontvangen\n- sommige kinderen met een erkende aandoening of handicap, volgens welbepaalde criteria',
        'Soms krijg je het statuut automatisch. In andere gevallen dien je een aanvraag in bij je ziekenfonds en geef je de inkomsten van het gezin aan. Bedragen en grenzen veranderen regelmatig: vraag ze na bij je ziekenfonds in plaats van te rekenen op een bedrag dat je online vond.',
        '## Nog andere beschermingen',
        'De maximumfactuur begrenst elk jaar de medische kosten van een gezin, en met de derdebetalersregeling hoef je bij sommige zorgverleners niet alles voor te schieten. Op de website van het [RIZIV](https://www.riziv.fgov.be) vind je meer uitleg.',
      ],
    },
  },
  {
    key: 'page-parental-leave-ill-child',
    kind: 'page',
    sections: ['rights-leave'],
    publishedAt: '2026-06-16T09:00:00.000Z',
    fr: {
      title: 'Congés pour s’occuper d’un enfant gravement malade',
      summary:
        'Plusieurs types de congé permettent aux parents salariés de réduire ou suspendre leur travail pour être présents auprès de leur enfant. Vue d’ensemble.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Quand un enfant tombe gravement malade, rester au travail comme si de rien n’était devient vite impossible. Le droit du travail belge prévoit plusieurs formules ; chacune a ses propres conditions, durées et démarches.',
        '## Les principales formules',
        '- le congé pour assistance médicale, pour accompagner un membre de la famille gravement malade, à temps plein ou à temps partiel\n- le congé pour soins palliatifs, lorsque l’enfant est en fin de vie\n- le congé pour raisons impérieuses, pour faire face à une urgence\n- le congé d’aidant proche, pour soutenir un proche qui a besoin d’aide au quotidien',
        'Pour la plupart de ces congés, une allocation d’interruption peut être demandée à l’ONEM. Une attestation du médecin traitant de l’enfant est généralement nécessaire.',
        '## Indépendants et fonctionnaires',
        'Les travailleurs indépendants et les agents de la fonction publique relèvent de règles propres. Adressez-vous à votre caisse d’assurances sociales ou à votre service du personnel.',
        'Les conditions changent régulièrement : vérifiez toujours les informations à jour sur le site de l’[ONEM](https://www.onem.be) et parlez-en avec votre employeur ou votre syndicat avant de faire la demande.',
      ],
    },
    nl: {
      title: 'Verlof om voor je ernstig zieke kind te zorgen',
      summary:
        'Als werknemer kun je via verschillende verlofstelsels minder of tijdelijk niet werken om bij je kind te zijn. Een overzicht.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Als je kind ernstig ziek wordt, is gewoon doorwerken vaak onhaalbaar. Het Belgische arbeidsrecht voorziet verschillende regelingen, elk met eigen voorwaarden, duur en aanvraagprocedure.',
        '## De belangrijkste regelingen',
        '- verlof voor medische bijstand, om een zwaar ziek gezinslid bij te staan, voltijds of deeltijds\n- palliatief verlof, als je kind palliatieve zorg krijgt\n- verlof om dwingende redenen, bij een onvoorziene noodsituatie\n- mantelzorgverlof, om een naaste te ondersteunen die dagelijks hulp nodig heeft',
        'Voor de meeste van deze verloven kun je een onderbrekingsuitkering aanvragen bij de RVA. Meestal heb je een attest van de behandelende arts van je kind nodig.',
        '## Zelfstandigen en ambtenaren',
        'Voor zelfstandigen en personeel van de overheid gelden eigen regels. Neem contact op met je sociaal verzekeringsfonds of met je personeelsdienst.',
        'De voorwaarden veranderen geregeld. Controleer daarom altijd de actuele informatie op de website van de [RVA](https://www.rva.be) en bespreek je plannen met je werkgever of vakbond.',
      ],
    },
  },
  {
    key: 'page-pain-comfort',
    kind: 'page',
    sections: ['hospital-stay', 'illness-serious'],
    publishedAt: '2026-07-15T09:00:00.000Z',
    fr: {
      title: 'Douleur et confort : soulager son enfant à l’hôpital',
      summary:
        'La douleur de l’enfant se mesure et se traite. Les parents ont un rôle précieux pour la repérer et aider leur enfant à la traverser.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'On a longtemps pensé que les jeunes enfants sentaient moins la douleur. On sait aujourd’hui que c’est faux : même un nouveau-né ressent la douleur, et une douleur mal soulagée peut laisser des traces, comme la peur des soins suivants.',
        '## Comment l’évaluer ?',
        'Les soignants utilisent des échelles adaptées à l’âge. Chez les plus jeunes (< 4 ans), ils observent le visage, les pleurs, le corps et la possibilité de consoler l’enfant. Les plus grands montrent un visage sur une réglette ou donnent une note de 0 à 10.',
        '## Ce qui aide, en plus des médicaments',
        '- la présence et la voix d’un parent pendant le soin\n- la distraction : bulles, tablette, histoire, jeu de respiration\n- une crème anesthésiante avant une piqûre, quand c’est possible\n- pour les bébés, la tétée ou le peau à peau pendant un petit soin\n- l’hypnose ou la relaxation, proposées dans certains services',
        'Vous connaissez votre enfant mieux que personne. Si vous pensez qu’il a mal, dites-le à l’équipe, même si l’échelle semble indiquer le contraire. Le soulagement de la douleur fait partie des droits du patient.',
      ],
    },
    nl: {
      title: 'Pijn en comfort: je kind helpen in het ziekenhuis',
      summary:
        'Pijn bij kinderen kun je meten en behandelen. Als ouder speel je een belangrijke rol om pijn op te merken en je kind erdoor te helpen.',
      body: [
        'Demonstratietekst geschreven voor dit prototype.',
        'Lang werd gedacht dat jonge kinderen minder pijn voelen. Vandaag weten we dat dit niet klopt: ook een pasgeboren baby voelt pijn. Pijn die niet goed behandeld wordt, kan sporen nalaten, zoals angst voor de volgende verzorging.',
        '## Hoe meet je pijn?',
        'Zorgverleners gebruiken pijnschalen die bij de leeftijd passen. Bij de jongsten (< 4 jaar) kijken ze naar het gezichtje, het huilen, de houding en of het kind te troosten is. Oudere kinderen wijzen een gezichtje aan op een schaal of geven een cijfer van 0 tot 10.',
        '## Wat helpt, naast medicatie?',
        '- mama of papa dichtbij, met een vertrouwde stem\n- afleiding: bellen blazen, een tablet, een verhaal, een ademhalingsspelletje\n- een verdovende crème voor een prik, als dat kan\n- bij baby’s: borstvoeding of huid-op-huidcontact tijdens een kleine ingreep\n- hypnose of ontspanning, op sommige afdelingen',
        'Niemand kent je kind zo goed als jij. Denk je dat je kind pijn heeft, zeg het dan aan het team, ook als de pijnschaal iets anders lijkt te zeggen. Pijnbestrijding hoort bij de rechten van de patiënt.',
      ],
    },
  },
  {
    key: 'page-siblings',
    kind: 'page',
    sections: ['daily-siblings'],
    publishedAt: '2026-08-05T09:00:00.000Z',
    fr: {
      title: 'La fratrie face à la maladie : ne pas oublier les frères et sœurs',
      summary:
        'Les frères et sœurs d’un enfant malade vivent eux aussi un bouleversement. Quelques repères pour les inclure et les soutenir.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Allers-retours à l’hôpital, parents fatigués, projets annulés : quand un enfant est malade, la vie de toute la famille est chamboulée. Les frères et sœurs s’adaptent souvent sans se plaindre, au point qu’on oublie parfois de leur demander comment ils vont.',
        '## Des réactions fréquentes',
        '- inquiétude pour le frère ou la sœur malade, parfois peur qu’il meure\n- sentiment d’être mis de côté, jalousie envers l’attention reçue\n- culpabilité, comme s’ils étaient responsables de la maladie\n- changements à l’école : difficultés de concentration, ou au contraire perfectionnisme',
        '## Ce qui peut aider',
        'Expliquez la maladie avec des mots adaptés à leur âge, et tenez-les au courant des grandes étapes. Quand c’est possible, emmenez-les à l’hôpital : voir la chambre et les soignants rend la situation moins effrayante que ce qu’ils imaginent.',
        'Gardez des moments rien qu’à eux, même courts, et prévenez l’école pour que les enseignants soient attentifs. Certains hôpitaux et associations proposent des ateliers ou groupes de parole réservés à la fratrie : l’équipe psychosociale du service peut vous renseigner.',
      ],
    },
  },
  {
    key: 'page-find-psychologist',
    kind: 'page',
    sections: ['illness-serious'],
    publishedAt: '2026-09-08T09:00:00.000Z',
    fr: {
      title: 'Trouver un psychologue pour son enfant ou pour soi, à Bruxelles',
      summary:
        'Maladie, hospitalisation, handicap : un soutien psychologique peut aider l’enfant comme ses parents. Par où commencer ?',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Il n’est pas nécessaire d’aller « très mal » pour consulter. Un psychologue peut aider un enfant à exprimer sa peur des soins, un adolescent à vivre avec une maladie chronique, ou un parent à traverser l’annonce d’un diagnostic.',
        '## Les portes d’entrée',
        '- l’équipe psychosociale de l’hôpital, souvent disponible pendant le séjour et lors des consultations de suivi\n- les services de santé mentale bruxellois, avec des consultations pour enfants et familles à prix adapté\n- les psychologues de première ligne conventionnés, dont les séances sont en grande partie remboursées\n- le centre PMS de l’école, pour une première écoute et une orientation',
        'Pour les séances chez un psychologue conventionné, la participation demandée aux familles est limitée, et parfois nulle pour les plus jeunes. Les règles évoluent : renseignez-vous auprès de votre mutualité ou sur le site de l’[INAMI](https://www.inami.fgov.be).',
        '## Choisir quelqu’un',
        'Vérifiez que le psychologue a l’habitude de travailler avec des enfants ou des adolescents, et n’hésitez pas à demander dans quelle langue il consulte : à Bruxelles, beaucoup de praticiens reçoivent en français, en néerlandais, en anglais ou dans d’autres langues. Le répertoire de [Bruxelles Social](https://social.brussels) aide à trouver un service près de chez vous.',
      ],
    },
  },
  {
    key: 'page-disability-family-allowance',
    kind: 'page',
    sections: ['illness-disability', 'rights-financial'],
    publishedAt: '2026-11-20T09:00:00.000Z',
    fr: {
      title: 'Handicap ou affection : le supplément d’allocations familiales',
      summary:
        'Un enfant atteint d’une affection ou d’un handicap peut ouvrir le droit à un supplément d’allocations familiales. Les grandes lignes de la démarche à Bruxelles.',
      body: [
        'Texte de démonstration rédigé pour ce prototype.',
        'Lorsqu’un enfant vit avec une maladie ou un handicap qui a des conséquences sur sa santé, son autonomie ou la vie de sa famille, un supplément peut s’ajouter aux allocations familiales de base. À Bruxelles, la demande passe par la caisse d’allocations familiales qui paie déjà les allocations de l’enfant.',
        '## Comment se passe l’évaluation ?',
        'Un médecin évalue la situation de l’enfant sous plusieurs angles : ses difficultés physiques ou mentales, ses activités et sa participation à la vie de tous les jours, et la charge que ses soins représentent pour la famille. Le montant éventuel dépend du résultat de cette évaluation.',
        '- demandez le formulaire à votre caisse d’allocations familiales\n- faites compléter la partie médicale par le médecin qui suit votre enfant\n- rassemblez rapports, bilans et comptes rendus d’hospitalisation utiles\n- gardez une copie de tout ce que vous envoyez',
        'Cette reconnaissance peut aussi ouvrir d’autres droits, par exemple en matière de remboursement des soins ou de services d’aide. Pour l’orientation et l’accompagnement des personnes handicapées, le service PHARE et [Iriscare](https://www.iriscare.brussels) sont de bonnes adresses ; pour les allocations familiales, consultez [Famiris](https://www.famiris.brussels).',
      ],
    },
  },
];
