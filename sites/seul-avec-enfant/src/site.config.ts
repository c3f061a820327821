import { portals } from '@portals/content-models';
import {
  articlesFeature,
  documentsFeature,
  journeysFeature,
  newsFeature,
  newsletterFeature,
  projectsFeature,
  questionFeature,
  sectionsFeature,
  toolsFeature,
  validationFeature,
} from '@portals/shared/kit';
import { defineSiteConfig } from '@portals/shared/site';

/**
 * seul avec enfant (issue #11), in French only: what it shows, in menu order, its theme and
 * its wording. Every page whose theme has a referent organisation says who validated it and
 * where to get help (`validationFeature`). The home page opens on the portal's definition of
 * a single-parent family, then the life events, step by step (the journeys feature).
 */
export const site = defineSiteConfig({
  portal: portals.seulAvecEnfant,
  features: [
    sectionsFeature,
    journeysFeature,
    articlesFeature,
    validationFeature,
    newsFeature,
    documentsFeature,
    projectsFeature,
    toolsFeature,
    questionFeature,
    newsletterFeature,
  ],
  theme: './src/theme.css',
  home: {
    blocks: ['featuredArticle', 'journeys', 'entryPoints', 'news'],
    featuredArticle: 'suis-je-concerne-e',
  },
  // The publisher is the real public body; its address, e-mail and phone are placeholders.
  publisher: {
    name: { fr: 'Service public de Wallonie, Direction de l’Action sociale' },
    email: 'seulavecenfant@example.be',
    phone: '081 00 00 00',
    address: { fr: ['Avenue de l’Exemple 1', '5100 Namur (Jambes)'] },
    complaintBody: {
      name: { fr: 'Médiateur commun de la Wallonie et de la Fédération Wallonie-Bruxelles' },
      url: 'https://www.le-mediateur.be',
    },
    isDemo: true,
  },
  ui: {
    fr: {
      'site.defaultDescription':
        'seul avec enfant : les droits et les aides des familles monoparentales en Wallonie.',
      'home.intro':
        'Vous élevez seul·e vos enfants, tout le temps ou une partie du temps ? Vos droits, les aides et les organisations qui peuvent vous répondre, expliqués simplement et validés par les organismes concernés.',
      'footer.publisher':
        'seul avec enfant est publié par le Service public de Wallonie (SPW Intérieur et Action sociale, Direction de l’Action sociale).',
    },
  },
});
