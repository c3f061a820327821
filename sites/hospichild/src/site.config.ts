import { portals } from '@portals/content-models';
import {
  agendaFeature,
  articlesFeature,
  directoryFeature,
  documentsFeature,
  faqFeature,
  hospitalsFeature,
  mutualitiesFeature,
  newsFeature,
  newsletterFeature,
  sectionsFeature,
} from '@portals/shared/kit';
import { defineSiteConfig } from '@portals/shared/site';
import { directoryCuration } from './directory.config.ts';

/**
 * Hospichild: what it shows (besides the home and search pages every portal has), in menu
 * order, its theme and its wording on top of the shared UI strings. The kit builds every page
 * from this (`astro.config.mjs`).
 */
export const site = defineSiteConfig({
  portal: portals.hospichild,
  features: [
    sectionsFeature,
    articlesFeature,
    hospitalsFeature,
    mutualitiesFeature,
    directoryFeature({ curation: directoryCuration }),
    agendaFeature,
    newsFeature,
    faqFeature,
    newsletterFeature,
    documentsFeature,
  ],
  theme: './src/theme.css',
  home: { blocks: ['news', 'agenda', 'entryPoints'] },
  // The publisher's name is real; its address, e-mail and phone are placeholders until the
  // CDCS-CMDC confirms them, hence `isDemo`. No complaint body yet: the statement says so.
  publisher: {
    name: { fr: 'CDCS-CMDC asbl', nl: 'CDCS-CMDC vzw' },
    email: 'hospichild@example.be',
    phone: '02 000 00 00',
    address: {
      fr: ['Rue de l’Exemple 1', '1000 Bruxelles'],
      nl: ['Voorbeeldstraat 1', '1000 Brussel'],
    },
    isDemo: true,
  },
  ui: {
    fr: {
      'site.defaultDescription':
        'Hospichild : informations pour les parents d’enfants malades, handicapés ou hospitalisés à Bruxelles.',
      'home.intro':
        'Des informations claires pour les parents d’un enfant malade, handicapé ou hospitalisé à Bruxelles, et pour les professionnels qui les accompagnent.',
      'footer.publisher': 'Hospichild est un service du CDCS-CMDC, à Bruxelles, depuis 2007.',
      'directory.nav': 'Associations',
      'directory.title': 'Associations partenaires',
      'directory.intro':
        'Des associations et services bruxellois qui soutiennent les enfants malades ou en situation de handicap, et leur famille. Leurs coordonnées viennent de Bruxelles Social.',
      'directory.communeTitle': 'Associations à {{commune}} ({{zipCode}})',
      'directory.categoryTitle': 'Associations : {{category}}',
      'directory.count_one': '{{count}} association',
      'directory.count_other': '{{count}} associations',
      'directory.all': 'Voir toutes les associations',
      'directory.empty': 'Aucune association à afficher pour le moment.',
    },
    nl: {
      'site.defaultDescription':
        'Hospichild: informatie voor ouders van zieke, gehandicapte of gehospitaliseerde kinderen in Brussel.',
      'home.intro':
        'Heldere informatie voor ouders van een ziek, gehandicapt of gehospitaliseerd kind in Brussel, en voor de professionals die hen begeleiden.',
      'footer.publisher': 'Hospichild is een dienst van het CDCS-CMDC, in Brussel, sinds 2007.',
      'directory.nav': 'Verenigingen',
      'directory.title': 'Partnerverenigingen',
      'directory.intro':
        'Brusselse verenigingen en diensten die zieke kinderen of kinderen met een handicap en hun gezin ondersteunen. Hun contactgegevens komen van Sociaal Brussel.',
      'directory.communeTitle': 'Verenigingen in {{commune}} ({{zipCode}})',
      'directory.categoryTitle': 'Verenigingen: {{category}}',
      'directory.count_one': '{{count}} vereniging',
      'directory.count_other': '{{count}} verenigingen',
      'directory.all': 'Alle verenigingen bekijken',
      'directory.empty': 'Er zijn momenteel geen verenigingen om te tonen.',
    },
  },
});
