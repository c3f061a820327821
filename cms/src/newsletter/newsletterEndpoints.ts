export const newsletterEndpoints = [];
