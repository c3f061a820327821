export { Articles, articleKinds, type ArticleKind } from './Articles.ts';
export { acceptedMimeTypes, Media, maxUploadBytes } from './Media.ts';
export { Sections } from './Sections.ts';
export { Users } from './Users.ts';
