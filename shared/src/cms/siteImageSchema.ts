import { z } from 'zod';

/**
 * An image as the content layer stores it for a page (what `imageOfMedia` returns): the
 * original on the CMS, its size, and its alternative text in the entry's language.
 */
export const siteImageSchema = z.object({
  id: z.string(),
  src: z.url({ protocol: /^https?$/, error: 'expected the absolute http(s) URL of the upload' }),
  width: z.int().positive({ error: 'expected the width in pixels' }),
  height: z.int().positive({ error: 'expected the height in pixels' }),
  alt: z.string().trim().min(1, { error: 'an image needs alternative text' }),
});

export type SiteImage = z.infer<typeof siteImageSchema>;
