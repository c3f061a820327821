import { portals } from '@portals/content-models';
import {
  agendaFeature,
  articlesFeature,
  directoryFeature,
  faqFeature,
  midwivesFeature,
  newsFeature,
  sectionsFeature,
} from '@portals/shared/kit';
import { defineSiteConfig } from '@portals/shared/site';
import { directoryCuration } from './directory.config.ts';

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
    midwivesFeature,
  ],
  theme: './src/theme.css',
  home: { blocks: ['news', 'agenda', 'entryPoints'] },
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
  ui: { fr: {}, nl: {} },
});
