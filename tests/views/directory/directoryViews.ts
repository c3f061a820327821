import { portals } from '@portals/content-models';
import { directoryFeature } from '@portals/shared/kit';
import { views } from '@portals/shared/features/directory/views.ts';
import type { DirectoryEntry } from '@portals/shared/open-data';
import { defineSiteConfig, portalData, type SiteRoute } from '@portals/shared/site';
import {
  entry,
  homeCare,
  organisation,
  palliative,
} from '../../unit/directory/directoryFixtures.ts';
import { renderView } from '../renderView.ts';

/** Hospichild with its directory: the feature's views see the routes a build computes. */
export const directorySite = defineSiteConfig({
  portal: portals.hospichild,
  features: [directoryFeature({ curation: { categoryIds: [homeCare.id] } })],
});

/** A reachable home-care service with every kind of contact, and a palliative team in 1030. */
export const directoryEntries: DirectoryEntry[] = [
  entry(
    organisation({
      id: 900_001,
      name: { fr: 'SOINS À DOMICILE ENFANTS', nl: 'THUISZORG KINDEREN' },
      phones: ['02 512 34 56'],
      emails: ['accueil@soins-enfants.example'],
      websites: ['https://www.soins-enfants.example/'],
      categories: [homeCare],
    }),
  ),
  entry(
    organisation({
      id: 900_002,
      name: { fr: 'ÉQUIPE PALLIATIVE', nl: 'PALLIATIEF TEAM' },
      address: {
        street: { fr: 'Rue Royale', nl: 'Koningsstraat' },
        number: '2',
        box: null,
        zipCode: 1030,
        municipality: { fr: 'SCHAERBEEK', nl: 'SCHAARBEEK' },
      },
      categories: [homeCare, palliative],
    }),
  ),
];

const data = portalData({
  site: directorySite,
  collections: { directory: directoryEntries.map((item) => ({ data: item })) },
});

/** Renders the directory route at `path` with the view the feature maps its kind to. */
export function renderDirectory(path: string): Promise<string> {
  const route = data.routes.find((candidate: SiteRoute) => candidate.path === path);
  if (route?.kind !== 'directory' && route?.kind !== 'organisation') {
    throw new Error(`no directory route at ${path}`);
  }
  return renderView(views[route.kind], { site: directorySite, data, route });
}
