import { z } from 'zod';

/** What a footer page's MDX file declares in its frontmatter; its title is a UI string. */
export const footerPageFrontmatter = z.object({
  /** Meta description of the page. */
  description: z
    .string('write one sentence for search engines')
    .min(1, 'write one sentence for search engines'),
  /** When the text was last reviewed: the accessibility statement must be dated. */
  updated: z.union(
    [
      z.iso.date('expected a date written YYYY-MM-DD'),
      z.date().transform((date) => date.toISOString().slice(0, 10)),
    ],
    'expected a date written YYYY-MM-DD',
  ),
  /** The text is demonstration material, to be reviewed by the publisher. @default false */
  isDemo: z.boolean().default(false),
});

export type FooterPageFrontmatter = z.infer<typeof footerPageFrontmatter>;

/** Reads a page's frontmatter, naming the file in the error so the fix is one look away. */
export function readFooterPageFrontmatter(file: string, data: unknown): FooterPageFrontmatter {
  const parsed = footerPageFrontmatter.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ');
  throw new Error(`${file}: invalid frontmatter: ${problems}`);
}
