import DocumentsPage from './DocumentsPage.astro';

/** The views of the documents' route kinds, found by the kit. */
export const views = { documentList: DocumentsPage };
