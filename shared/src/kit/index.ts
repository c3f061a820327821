export type {
  ContentKind,
  EntryPoint,
  KitCollections,
  KitEntries,
  KitEntry,
  KitLogger,
  PortalFeature,
  RouteBase,
  RouteContext,
  RouteKinds,
  RouteOf,
  SiteRoute,
  ToEntryContext,
} from './contract.ts';
export { articleKind } from '../features/articles/articleKind.ts';
export { sectionKind } from '../features/sections/sectionKind.ts';
