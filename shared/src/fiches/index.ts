export {
  contactDocShape,
  ficheDocShape,
  ficheSectionDocSchema,
  ficheSectionsShape,
  lexicalSchema,
  type ContactDoc,
  type FicheSectionDoc,
} from './ficheDocSchema.ts';
export { ficheListing, ficheUrl, type FicheListItem, type FichePath } from './ficheLinks.ts';
export type { FicheEntry, FicheSection, FicheTranslation } from './ficheTypes.ts';
export { kitPageHead } from './kitPageHead.ts';
export { kitRouteBase } from './kitRouteBase.ts';
export {
  contactBlockSchema,
  ficheEntryShape,
  ficheSectionSchema,
  ficheTranslationShape,
  localeSchema,
} from './siteFicheSchema.ts';
export { toFicheContact, type FicheContact } from './toFicheContact.ts';
export { ficheLocales, toFicheEntry, type FicheDoc, type FicheMapping } from './toFicheEntry.ts';
export { demoteHeadings, isBlankHtml, toFicheSections } from './toFicheSections.ts';
export { sectionAnchor, untranslatedLinks, type UntranslatedLinks } from './untranslatedLinks.ts';
