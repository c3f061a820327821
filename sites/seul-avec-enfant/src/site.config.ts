import { portals } from '@portals/content-models';
import {
  articlesFeature,
  documentsFeature,
  journeysFeature,
  newsFeature,
  sectionsFeature,
} from '@portals/shared/kit';
import { defineSiteConfig } from '@portals/shared/site';

/** seul avec enfant, in French only: what it shows, in menu order, its theme (issue #11). */
export const site = defineSiteConfig({
  portal: portals.seulAvecEnfant,
  features: [sectionsFeature, journeysFeature, articlesFeature, newsFeature, documentsFeature],
  theme: './src/theme.css',
  home: { blocks: ['journeys', 'news', 'entryPoints'] },
  publisher: {
    name: { fr: 'seul avec enfant', nl: 'seul avec enfant' },
    email: 'contact@example.be',
    phone: '081 00 00 00',
    address: { fr: ['Rue de l’Exemple 1', '5000 Namur'], nl: ['Rue de l’Exemple 1', '5000 Namur'] },
    isDemo: true,
  },
  ui: { fr: {}, nl: {} },
});
