import JourneyListPage from './JourneyListPage.astro';
import JourneyPage from './JourneyPage.astro';
import JourneyPartOf from './JourneyPartOf.astro';
import JourneysHomeBlock from './JourneysHomeBlock.astro';

/** The journeys' views, their "part of" aside on articles and their home block, found by the kit. */
export const views = { journeyList: JourneyListPage, journey: JourneyPage };
export const asides = { article: JourneyPartOf };
export const homeBlocks = { journeys: JourneysHomeBlock };
