import SearchPage from '../../components/SearchPage.astro';

/** The search feature's view. */
export const views = { search: SearchPage };
