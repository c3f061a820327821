import type { Locale } from '@portals/content-models';
import type { HomeLink } from '@portals/shared/site';

type PathIn = (locale: Locale) => string;

/** The pages the links lead to; those of other portals are absolute (`portalUrl`). */
export interface HomeLinkTargets {
  faq: PathIn;
  newsletter: PathIn;
  contact: PathIn;
  hospitals: PathIn;
  mutualities: PathIn;
}

/**
 * Born in Brussels' home entries besides its sections and features. "Find a midwife" points
 * at the midwives feature's pages: the home page leaves it out until the build has them.
 */
export function homeLinks(to: HomeLinkTargets): HomeLink[] {
  return [
    {
      title: { fr: 'Trouver une sage-femme', nl: 'Een vroedvrouw vinden' },
      description: {
        fr: 'Par commune et par langue parlée.',
        nl: 'Per gemeente en per gesproken taal.',
      },
      href: (locale) => (locale === 'fr' ? '/fr/sages-femmes/' : '/nl/vroedvrouwen/'),
    },
    {
      title: { fr: 'Poser une question', nl: 'Een vraag stellen' },
      description: {
        fr: 'Les réponses aux questions que les parents nous posent le plus.',
        nl: 'De antwoorden op de vragen die ouders ons het vaakst stellen.',
      },
      href: to.faq,
    },
    {
      title: { fr: 'Hôpitaux partenaires', nl: 'Partnerziekenhuizen' },
      description: {
        fr: 'Maternités et services des hôpitaux bruxellois, sur Hospichild.',
        nl: 'Materniteiten en diensten van de Brusselse ziekenhuizen, op Hospichild.',
      },
      href: to.hospitals,
    },
    {
      title: { fr: 'Mutualités partenaires', nl: 'Partnerziekenfondsen' },
      description: {
        fr: 'Ce que votre mutualité rembourse à la naissance, sur Hospichild.',
        nl: 'Wat je ziekenfonds terugbetaalt bij de geboorte, op Hospichild.',
      },
      href: to.mutualities,
    },
    {
      title: { fr: 'Lettre d’information', nl: 'Nieuwsbrief' },
      description: {
        fr: 'Les nouveautés du portail, une fois par mois au plus.',
        nl: 'Het nieuws van het portaal, hoogstens één keer per maand.',
      },
      href: to.newsletter,
    },
    {
      title: { fr: 'Nous écrire', nl: 'Ons schrijven' },
      description: {
        fr: 'Une question, une correction, un problème d’accès.',
        nl: 'Een vraag, een verbetering, een toegankelijkheidsprobleem.',
      },
      href: to.contact,
    },
    {
      title: { fr: 'Born in Brussels Professional', nl: 'Born in Brussels Professional' },
      description: {
        fr: 'L’espace des professionnels de la périnatalité, un projet distinct (adresse de démonstration).',
        nl: 'De ruimte voor perinatale professionals, een apart project (demonstratieadres).',
      },
      href: () => 'https://professional.borninbrussels.example/',
    },
  ];
}
