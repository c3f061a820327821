export {
  Agenda,
  agendaAudiences,
  agendaKinds,
  agendaTimezone,
  validateEndAfterStart,
} from './Agenda.ts';
export { Articles, articleKinds, type ArticleKind } from './Articles.ts';
export { Documents, documentKinds, documentMimeTypes } from './Documents.ts';
export { Faq } from './Faq.ts';
export { Hospitals, hospitalSections, type HospitalSection } from './Hospitals.ts';
export { Journeys } from './Journeys.ts';
export { acceptedMimeTypes, Media, maxUploadBytes } from './Media.ts';
export {
  Mutualities,
  mutualityTopics,
  mutualityUnions,
  type MutualityTopic,
  type MutualityUnion,
} from './Mutualities.ts';
export { featuredTargets, Portals } from './Portals.ts';
export { Projects } from './Projects.ts';
export { redirectTargets, Redirects, validatePath } from './Redirects.ts';
export { ReferentOrganisations } from './ReferentOrganisations.ts';
export { Sections, maxSectionDepth } from './Sections.ts';
export { Themes } from './Themes.ts';
export { Tools, toolKinds } from './Tools.ts';
export { Users } from './Users.ts';
export { AuditLog, auditActions, type AuditAction } from './AuditLog.ts';
export { Midwives, midwifeSpecialities, type MidwifeSpeciality } from './Midwives.ts';
export { Builds, buildStatuses, buildTriggerActions, type BuildStatus } from './Builds.ts';
export { NewsletterEditions, editionStates, type EditionState } from './NewsletterEditions.ts';
export { Subscribers, subscriberStates, type SubscriberState } from './Subscribers.ts';
export {
  NewsletterDeliveries,
  deliveryStates,
  type DeliveryState,
} from './NewsletterDeliveries.ts';
export {
  Messages,
  messageKinds,
  messageLimits,
  messageStates,
  senderKinds,
  type MessageKind,
  type MessageState,
} from './Messages.ts';
