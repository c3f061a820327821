import ValidationLine from './ValidationLine.astro';
import WhereToGetHelp from './WhereToGetHelp.astro';

/** Under an article's title, its validation; after its text, where to get help. */
export const articleParts = { meta: ValidationLine, end: WhereToGetHelp };
