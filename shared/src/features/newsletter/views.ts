import NewsletterArchivePage from './NewsletterArchivePage.astro';
import NewsletterEditionPage from './NewsletterEditionPage.astro';
import NewsletterOutcomePage from './NewsletterOutcomePage.astro';
import NewsletterSignupPage from './NewsletterSignupPage.astro';

export const views = {
  newsletterSignup: NewsletterSignupPage,
  newsletterOutcome: NewsletterOutcomePage,
  newsletterArchive: NewsletterArchivePage,
  newsletterEdition: NewsletterEditionPage,
};
