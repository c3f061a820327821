/**
 * `admin` manages everything; `editor` writes and publishes on the portals assigned to them;
 * `referent` belongs to a referent organisation and reviews the drafts of the themes that
 * organisation validates, without publishing.
 */
export const roles = ['admin', 'editor', 'referent'] as const;

export type Role = (typeof roles)[number];
