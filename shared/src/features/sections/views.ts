import SectionPage from '../../components/SectionPage.astro';

/** The sections feature's views, by route kind. */
export const views = { section: SectionPage };
