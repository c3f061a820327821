import type { CollectionBeforeChangeHook } from 'payload';

/** Gives a document its publication date the first time it is published, unless set by hand. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    data.publishedAt = new Date().toISOString();
  }
  return data;
};
