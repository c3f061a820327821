import { z } from 'zod';

/** The two languages the portals publish; WPML codes such as `fr-be` are folded to these. */
export const wxrLocales = ['fr', 'nl'] as const;
export type WxrLocale = (typeof wxrLocales)[number];

const id = (what: string) =>
  z.coerce
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .nonnegative(`${what} must not be negative`);

const locale = z
  .string()
  .transform((code) => code.slice(0, 2).toLowerCase())
  .pipe(z.enum(wxrLocales, { error: 'language must be fr or nl' }));

/** A post, page or attachment date as WordPress writes it: `YYYY-MM-DD hh:mm:ss` (UTC for `_gmt`). */
const wpDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'date must read YYYY-MM-DD hh:mm:ss');

export const wxrAuthorSchema = z.object({
  login: z.string().min(1, 'wp:author_login is empty'),
  email: z.string().optional(),
  displayName: z.string().optional(),
});
export type WxrAuthor = z.infer<typeof wxrAuthorSchema>;

export const wxrCategorySchema = z.object({
  termId: id('wp:term_id'),
  slug: z.string().min(1, 'wp:category_nicename is empty'),
  name: z.string().min(1, 'wp:cat_name is empty'),
  parentSlug: z.string().optional(),
  locale: locale.optional(),
  trid: z.string().optional(),
  line: z.number(),
});
export type WxrCategory = z.infer<typeof wxrCategorySchema>;

export const wxrItemSchema = z.object({
  id: id('wp:post_id'),
  type: z.string().min(1, 'wp:post_type is empty'),
  title: z.string(),
  link: z.string().url('link must be an absolute URL'),
  slug: z.string(),
  status: z.string(),
  date: wpDate,
  dateGmt: wpDate.optional(),
  parentId: id('wp:post_parent'),
  menuOrder: id('wp:menu_order').default(0),
  content: z.string(),
  excerpt: z.string(),
  creator: z.string().optional(),
  categories: z.array(z.string()),
  locale: locale.optional(),
  trid: z.string().optional(),
  duplicateOf: id('_icl_lang_duplicate_of').optional(),
  attachmentUrl: z.string().optional(),
  attachedFile: z.string().optional(),
  alt: z.string().optional(),
  metaDescription: z.string().optional(),
  line: z.number(),
});
export type WxrItem = z.infer<typeof wxrItemSchema>;

/** What the importer reads of a WXR export, validated whole before anything is written. */
export type WxrExport = {
  /** The site's address (`wp:base_site_url`): links starting with it are internal. */
  siteUrl: string;
  authors: WxrAuthor[];
  categories: WxrCategory[];
  items: WxrItem[];
};
