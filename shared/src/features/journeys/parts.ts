import JourneyPartOf from './JourneyPartOf.astro';
import JourneysHomeBlock from './JourneysHomeBlock.astro';

/** After an article's text, "part of <journey>, step N of M"; the life events on the home page. */
export const articleParts = { end: JourneyPartOf };
export const homeBlocks = { journeys: JourneysHomeBlock };
