import type { RouteOf } from '../../kit/contract.ts';
import FaqPage from './FaqPage.astro';

/** The views of the FAQ's route kinds, found by the kit. */
export const views = { faq: FaqPage };

/** The FAQ assistant's index, as JSON. */
export const files = {
  faqAssistantIndex: ({ route }: { route: RouteOf<'faqAssistantIndex'> }) =>
    JSON.stringify(route.index),
};
