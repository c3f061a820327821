export {
  findOverdue,
  findQueue,
  workflowCollections,
  type QueueItem,
  type WorkflowCollection,
} from './queues.ts';
export { reviewerOrganisations, titleOf } from './relations.ts';
export { isReviewDue, publishedUnderRevision } from './publishedUnderRevision.ts';
