import FaqPage from './FaqPage.astro';

/** The views of the FAQ's route kinds, found by the kit. */
export const views = { faq: FaqPage };
