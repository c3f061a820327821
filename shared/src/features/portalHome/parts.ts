import AnnouncementBlock from './AnnouncementBlock.astro';
import FeaturedBlock from './FeaturedBlock.astro';
import LinksBlock from './LinksBlock.astro';

/** The home blocks drawn from the portal record (`announcement`, `featured`) and its config (`links`). */
export const homeBlocks = {
  announcement: AnnouncementBlock,
  featured: FeaturedBlock,
  links: LinksBlock,
};
