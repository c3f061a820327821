import JourneyListPage from './JourneyListPage.astro';
import JourneyPage from './JourneyPage.astro';

/** The journeys' pages, found by the kit; their aside and home block are in `parts.ts`. */
export const views = { journeyList: JourneyListPage, journey: JourneyPage };
