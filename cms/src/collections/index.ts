export { Articles } from './Articles.ts';
export { Media } from './Media.ts';
export { Sections } from './Sections.ts';
export { Users } from './Users.ts';
