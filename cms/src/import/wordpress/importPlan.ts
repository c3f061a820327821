import type { OldUrl } from './oldUrls.ts';
import type { WxrLocale } from './wxrModel.ts';

/** The collections an import writes, each document known by its key until it has an id. */
export type PlannedCollection = 'articles' | 'sections' | 'media';

/** A document of the plan: `post:12`, `page:20`, `category:5`, `attachment:30`. */
export type Ref = { collection: PlannedCollection; key: string };

export type Localized<T> = Partial<Record<WxrLocale, T>>;

type Planned = {
  key: string;
  /** Keys of every member of the translation group: a document keyed by any of them is reused. */
  candidates: string[];
  /** How the report names it: `post:12 « Le calendrier des vaccins »`. */
  label: string;
  oldUrls: OldUrl[];
};

export type PlannedSection = Planned & {
  title: Localized<string>;
  slug: Localized<string>;
  parentKey?: string;
  order: number;
};

export type PlannedMedia = Planned & {
  /** Path inside the `--media` folder; undefined when the file is not there (reported). */
  file?: string;
  /** The file the export names, for the report when it is missing. */
  expectedFile: string;
  alt: Localized<string>;
};

export type ArticleVersion = {
  wordpressId: number;
  title: string;
  slug: string;
  summary?: string;
  html: string;
};

export type PlannedArticle = Planned & {
  kind: 'news' | 'page';
  sectionKeys: string[];
  /** The original publication date (UTC), kept on the draft. */
  publishedAt: string;
  versions: Localized<ArticleVersion>;
};

/** A problem found while planning or writing, tied to the document it concerns. */
export type ImportWarning = { document: string; message: string };

export type ImportPlan = {
  sections: PlannedSection[];
  media: PlannedMedia[];
  articles: PlannedArticle[];
  warnings: ImportWarning[];
};

export function labelOf(key: string, title: string | undefined): string {
  return title ? `${key} « ${title} »` : key;
}
