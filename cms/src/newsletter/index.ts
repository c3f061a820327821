export { NewsletterDeliveries } from './NewsletterDeliveries.ts';
export { NewsletterEditions } from './NewsletterEditions.ts';
export { newsletterEndpoints } from './newsletterEndpoints.ts';
export { signNewsletterToken, verifyNewsletterToken } from './newsletterToken.ts';
export type { NewsletterAction, NewsletterTokenCheck } from './newsletterToken.ts';
export { Subscribers } from './Subscribers.ts';
export { sendEdition } from './sendEdition.ts';
export { startSending } from './startSending.ts';
export { defaultSendingTime, firstWorkingDay } from './firstWorkingDay.ts';
