/*
 * Bruxelles Social / Sociaal Brussel open data (CC-BY): client, schemas, normalisation into
 * our bilingual `Organisation`, and a loader that survives a broken or unreachable service.
 */
export {
  benchNormalise,
  replicatedRecords,
  type BenchNormaliseOptions,
  type BenchNormaliseResult,
} from './bench.ts';
export {
  assessAnswer,
  type AnswerFigures,
  type AnswerThresholds,
  type AnswerVerdict,
} from './assessAnswer.ts';
export {
  createOpenDataClient,
  defaultBaseUrl,
  defaultUserAgent,
  type OpenDataClient,
  type OpenDataClientOptions,
} from './createOpenDataClient.ts';
export {
  curateOrganisations,
  type CuratedDirectory,
  type CuratedOrganisation,
} from './curateOrganisations.ts';
export { contentHash, diffById, type DirectoryDiff } from './diffById.ts';
export {
  DirectoryCopySchema,
  readDirectoryCopy,
  serialiseDirectoryCopy,
  writeDirectoryCopy,
  type DirectoryCopy,
} from './directoryCopy.ts';
export {
  directoryCurationSchema,
  parseDirectoryCuration,
  type DirectoryCuration,
  type LocalNote,
} from './DirectoryCuration.ts';
export {
  directoryEntrySchema,
  organisationSchema,
  type DirectoryEntry,
} from './directoryEntrySchema.ts';
export { describeSource, directoryLoader, type DirectoryLoaderOptions } from './directoryLoader.ts';
export type { FetchLike } from './fetchJson.ts';
export {
  loadDirectory,
  type DirectorySource,
  type LoadDirectoryOptions,
  type LoadedDirectory,
} from './loadDirectory.ts';
export { consoleLogger, silentLogger, type Logger } from './logger.ts';
export {
  normaliseOrganisation,
  type NormaliseOptions,
  type NormaliseResult,
} from './normaliseOrganisation.ts';
export {
  describeRejected,
  normaliseOrganisations,
  type NormalisedDirectory,
} from './normaliseOrganisations.ts';
export { OpenDataError, type OpenDataErrorKind } from './OpenDataError.ts';
export { defaultCacheDir, defaultLookupsDir, defaultSnapshotFile } from './openDataPaths.ts';
export type {
  Bilingual,
  Organisation,
  OrganisationAddress,
  OrganisationCategory,
  RejectedRecord,
} from './Organisation.ts';
export { directoryHomeUrl, organisationPageUrl } from './organisationPageUrl.ts';
export { readLookup, readLookups } from './readLookups.ts';
export { readOpenDataEnv, type OpenDataEnv } from './readOpenDataEnv.ts';
export {
  refreshSnapshot,
  type RefreshOutcome,
  type RefreshSnapshotOptions,
} from './refreshSnapshot.ts';
export {
  lookupEndpoints,
  lookupNames,
  type LookupName,
  type Lookups,
} from './schemas/lookupEndpoints.ts';
export * from './schemas/lookupSchemas.ts';
export { parseLastUpdate } from './schemas/parseLastUpdate.ts';
export {
  RawAddressSchema,
  RawOrganisationSchema,
  type RawOrganisation,
} from './schemas/RawOrganisationSchema.ts';
export {
  generateSyntheticOrganisations,
  type SyntheticOptions,
} from './snapshot/generateSyntheticOrganisations.ts';
export type { RawOrganisationRecord } from './snapshot/RawOrganisationRecord.ts';
export { isSyntheticRecord, syntheticIdFloor, syntheticRemark } from './syntheticMarker.ts';
