import type { Access } from 'payload';

/** Public reads: reference data without drafts (themes, redirects, portal settings). */
export const anyone: Access = () => true;
