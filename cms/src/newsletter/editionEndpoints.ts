export const newsletterEditionEndpoints = [];
