import DirectoryPage from '../../components/DirectoryPage.astro';
import OrganisationPage from '../../components/OrganisationPage.astro';

/** The directory feature's views: the list and filter pages, and an organisation's page. */
export const views = { directory: DirectoryPage, organisation: OrganisationPage };
