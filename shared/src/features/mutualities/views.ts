import MutualityList from './MutualityList.astro';
import MutualityPage from './MutualityPage.astro';

/** The view of each mutuality route kind, found by the kit (`features/*\/views.ts`). */
export const views = {
  mutualityList: MutualityList,
  mutuality: MutualityPage,
};
