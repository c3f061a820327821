export * from './locales.ts';
export * from './portals.ts';
export * from './roles.ts';
export * from './slugs.ts';
export * from './published.ts';
export * from './workflow.ts';
export * from './translation.ts';
export * from './brussels.ts';
