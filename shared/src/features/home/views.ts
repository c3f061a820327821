import HomePage from '../../components/HomePage.astro';

/** The home feature's view. */
export const views = { home: HomePage };
