import { portals } from '@portals/content-models';
import { faqPath } from '@portals/shared/features/faq/faqPaths.ts';
import { hospitalListPath } from '@portals/shared/features/hospitals/paths.ts';
import { footerPagePath } from '@portals/shared/features/pages/pagePaths.ts';
import { mutualityListPath } from '@portals/shared/features/mutualities/paths.ts';
import {
  agendaFeature,
  articlesFeature,
  directoryFeature,
  faqFeature,
  midwivesFeature,
  newsFeature,
  newsletterFeature,
  newsletterPath,
  portalHomeFeature,
  sectionsFeature,
} from '@portals/shared/kit';
import { defineSiteConfig, portalUrl } from '@portals/shared/site';
import { directoryCuration } from './directory.config.ts';
import { homeLinks } from './homeLinks.ts';

/** Born in Brussels: what it shows, in menu order, its theme and its wording (issue #10). */
export const site = defineSiteConfig({
  portal: portals.bornInBrussels,
  features: [
    sectionsFeature,
    articlesFeature,
    directoryFeature({ curation: directoryCuration }),
    agendaFeature,
    newsFeature,
    faqFeature,
    newsletterFeature,
    portalHomeFeature,
    midwivesFeature,
  ],
  theme: './src/theme.css',
  header: { subMenus: true, urgentSection: 'sos', textSize: true },
  home: {
    blocks: ['announcement', 'featured', 'links', 'news', 'agenda', 'entryPoints'],
    links: homeLinks({
      faq: faqPath,
      newsletter: newsletterPath,
      contact: (locale) => footerPagePath('contact', locale),
      hospitals: portalUrl(portals.hospichild, hospitalListPath),
      mutualities: portalUrl(portals.hospichild, mutualityListPath),
    }),
  },
  // The funding body named in the project's plans; the address is a placeholder (`isDemo`).
  supportedBy: {
    name: {
      fr: 'la Commission communautaire commune (Cocom)',
      nl: 'de Gemeenschappelijke Gemeenschapscommissie (GGC)',
    },
  },
  publisher: {
    name: { fr: 'Born in Brussels', nl: 'Born in Brussels' },
    email: 'bornin@example.be',
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
        'Born in Brussels : l’information périnatale à Bruxelles, du désir d’enfant aux 1 000 premiers jours.',
      'home.intro':
        'Du désir d’enfant aux 1 000 premiers jours : des informations claires pour les futurs et jeunes parents à Bruxelles, et pour les professionnels qui les accompagnent.',
      'footer.publisher': 'Born in Brussels, le portail bruxellois de la périnatalité.',
      'directory.nav': 'Acteurs social-santé',
      'directory.title': 'Trouver les acteurs social-santé bruxellois',
      'directory.intro':
        'Consultations, planning familial, accompagnement des parents : des services bruxellois autour de la grossesse et des tout-petits. Leurs coordonnées viennent de Bruxelles Social.',
      'directory.communeTitle': 'Acteurs social-santé à {{commune}} ({{zipCode}})',
      'directory.categoryTitle': 'Acteurs social-santé : {{category}}',
      'directory.count_one': '{{count}} service',
      'directory.count_other': '{{count}} services',
      'directory.all': 'Voir tous les services',
      'directory.empty': 'Aucun service à afficher pour le moment.',
    },
    nl: {
      'site.defaultDescription':
        'Born in Brussels: perinatale informatie in Brussel, van kinderwens tot de eerste 1000 dagen.',
      'home.intro':
        'Van kinderwens tot de eerste 1000 dagen: heldere informatie voor aanstaande en jonge ouders in Brussel, en voor de professionals die hen begeleiden.',
      'footer.publisher': 'Born in Brussels, het Brusselse portaal voor perinataliteit.',
      'directory.nav': 'Sociale en gezondheidsdiensten',
      'directory.title': 'De Brusselse sociale en gezondheidsdiensten vinden',
      'directory.intro':
        'Consultaties, gezinsplanning, opvoedingsondersteuning: Brusselse diensten rond zwangerschap en de allerkleinsten. Hun contactgegevens komen van Sociaal Brussel.',
      'directory.communeTitle': 'Sociale en gezondheidsdiensten in {{commune}} ({{zipCode}})',
      'directory.categoryTitle': 'Sociale en gezondheidsdiensten: {{category}}',
      'directory.count_one': '{{count}} dienst',
      'directory.count_other': '{{count}} diensten',
      'directory.all': 'Alle diensten bekijken',
      'directory.empty': 'Er zijn momenteel geen diensten om te tonen.',
    },
  },
});
