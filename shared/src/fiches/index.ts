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
  ficheAddressSchema,
  ficheContactSchema,
  ficheEntryShape,
  ficheSectionSchema,
  ficheTranslationShape,
  localeSchema,
  type FicheAddress,
  type FicheContact,
} from './siteFicheSchema.ts';
export { toFicheAddress, toFicheContact } from './toFicheContact.ts';
export { ficheLocales, toFicheEntry, type FicheDoc, type FicheMapping } from './toFicheEntry.ts';
export { demoteHeadings, isBlankHtml, toFicheSections } from './toFicheSections.ts';
export { sectionAnchor, untranslatedLinks, type UntranslatedLinks } from './untranslatedLinks.ts';
