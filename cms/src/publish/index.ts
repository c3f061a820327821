export { affectedPortals, portalsOf } from './affectedPortals.ts';
export { estimateLiveInSeconds, typicalBuildMs, type PortalBuildStatus } from './buildStatus.ts';
export { publishPortals, publishSettings, type PublishSettings } from './publishSettings.ts';
export { buildQueue, rebuildTaskSlug, summarise } from './queueRebuild.ts';
export { wakeRunnerAt, type RunnerCron, type RunnerHost } from './wakeRunnerAt.ts';
