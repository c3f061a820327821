import NewsHomeBlock from './NewsHomeBlock.astro';

/** The latest news on the home page (`news` in `SiteConfig.home.blocks`). */
export const homeBlocks = { news: NewsHomeBlock };
