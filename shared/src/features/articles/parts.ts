import FeaturedArticle from './FeaturedArticle.astro';

/** The `featuredArticle` home block (`SiteConfig.home.featuredArticle`). */
export const homeBlocks = { featuredArticle: FeaturedArticle };
