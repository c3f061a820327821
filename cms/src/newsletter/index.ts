export { signNewsletterToken, verifyNewsletterToken } from './newsletterToken.ts';
export type { NewsletterAction, NewsletterTokenCheck } from './newsletterToken.ts';
