import MidwifePage from './MidwifePage.astro';
import MidwivesList from './MidwivesList.astro';

/** The views of "find a midwife", found by the kit (`features/*\/views.ts`). */
export const views = { midwifeList: MidwivesList, midwife: MidwifePage };
