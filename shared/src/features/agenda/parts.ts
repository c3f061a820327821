import AgendaHomeBlock from './AgendaHomeBlock.astro';

/** The next agenda items on the home page (`agenda` in `SiteConfig.home.blocks`). */
export const homeBlocks = { agenda: AgendaHomeBlock };
