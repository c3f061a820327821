import type { Locale } from '@portals/content-models';

/** The professional union's own search for midwives, linked from every midwives page. */
export interface UnionSearch {
  /** The union's name in each language. */
  name: Record<Locale, string>;
  /** Its search page in each language. */
  url: Record<Locale, string>;
}

/**
 * The French-speaking union (UPSFB) lists its members for French readers, the Flemish
 * professional organisation (VBOV) for Dutch readers: each union searches its own members.
 */
export const defaultUnionSearch: UnionSearch = {
  name: {
    fr: 'Union professionnelle des sages-femmes belges (UPSFB)',
    nl: 'Vlaamse Beroepsorganisatie van Vroedvrouwen (VBOV)',
  },
  url: {
    fr: 'https://www.sage-femme.be/',
    nl: 'https://www.vroedvrouwen.be/',
  },
};
