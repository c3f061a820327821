import process from 'node:process';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** One Markdown file per article and language, written by `scripts/bench.ts`. */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: process.env.BENCH_MARKDOWN_DIR ?? './content' }),
  }),
};
