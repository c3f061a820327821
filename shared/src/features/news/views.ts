import NewsPage from './NewsPage.astro';

/** The views of the news's route kinds, found by the kit; the feed is written by `render`. */
export const views = { newsPage: NewsPage };
