import ArticlePage from '../../components/ArticlePage.astro';

/** The articles feature's views, by route kind: a fallback page is an article page too. */
export const views = { article: ArticlePage, articleFallback: ArticlePage };
