/** The slug of the job that sends an edition (its own module: queued from several places). */
export const sendEditionTaskSlug = 'sendNewsletterEdition';
