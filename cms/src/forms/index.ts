export { guardSubmission, type GuardContext, type Guarded } from './guardSubmission.ts';
export type { FormFieldSpec, FormSpec, GuardedSubmission } from './formSpec.ts';
export { FormThrottle, formThrottle, postsPerAddress, postsPerClient } from './formThrottle.ts';
export { portalSiteUrls } from './portalSiteUrls.ts';
export { SlidingWindow } from './slidingWindow.ts';
export { wantsJson } from './formAnswer.ts';
export { formEndpoints } from './formEndpoints.ts';
export { contactSpec, questionSpec } from './formSpecs.ts';
export { deleteExpiredMessages } from './deleteExpiredMessages.ts';
