/** `admin` manages everything; `editor` writes and publishes on the portals assigned to them. */
export const roles = ['admin', 'editor'] as const;

export type Role = (typeof roles)[number];
