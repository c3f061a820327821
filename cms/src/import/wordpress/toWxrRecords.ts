import type { z } from 'zod';
import { childText, type XmlElement } from './readChannelElements.ts';
import { WxrError } from './WxrError.ts';
import {
  wxrAuthorSchema,
  wxrCategorySchema,
  wxrItemSchema,
  type WxrAuthor,
  type WxrCategory,
  type WxrItem,
} from './wxrModel.ts';

/** The element each model field is read from, to name it when its value is refused. */
const itemElements: Record<string, string> = {
  id: 'wp:post_id',
  type: 'wp:post_type',
  link: 'link',
  date: 'wp:post_date',
  dateGmt: 'wp:post_date_gmt',
  parentId: 'wp:post_parent',
  menuOrder: 'wp:menu_order',
  locale: 'category',
  duplicateOf: 'wp:postmeta',
  trid: 'wp:postmeta',
};
const categoryElements: Record<string, string> = {
  termId: 'wp:term_id',
  slug: 'wp:category_nicename',
  name: 'wp:cat_name',
  locale: 'wp:termmeta',
};

/** `wp:postmeta` / `wp:termmeta` pairs as a map (WPML keeps languages and groups there). */
function metaOf(element: XmlElement, name: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const child of element.children.filter((entry) => entry.name === name)) {
    const key = childText(child, 'wp:meta_key');
    if (key) meta.set(key, childText(child, 'wp:meta_value') ?? '');
  }
  return meta;
}

function validate<T>(
  schema: z.ZodType<T>,
  raw: Record<string, unknown>,
  element: XmlElement,
  elements: Record<string, string>,
): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const name = elements[field] ?? element.name;
  const child = element.children.find((entry) => entry.name === name);
  throw new WxrError(child?.line ?? element.line, name, issue?.message ?? 'invalid');
}

const empty = (value: string | undefined) => (value === '' ? undefined : value);

export function toWxrItem(element: XmlElement): WxrItem {
  const meta = metaOf(element, 'wp:postmeta');
  const terms = element.children.filter((child) => child.name === 'category');
  const termsOf = (domain: string) =>
    terms
      .filter((term) => term.attributes.domain === domain)
      .map((term) => term.attributes.nicename ?? '');
  const raw = {
    id: childText(element, 'wp:post_id'),
    type: childText(element, 'wp:post_type'),
    title: childText(element, 'title') ?? '',
    link: childText(element, 'link'),
    slug: childText(element, 'wp:post_name') ?? '',
    status: childText(element, 'wp:status') ?? '',
    date: childText(element, 'wp:post_date'),
    dateGmt: empty(childText(element, 'wp:post_date_gmt')),
    parentId: childText(element, 'wp:post_parent') ?? 0,
    menuOrder: childText(element, 'wp:menu_order') ?? 0,
    content: childText(element, 'content:encoded') ?? '',
    excerpt: childText(element, 'excerpt:encoded') ?? '',
    creator: childText(element, 'dc:creator'),
    categories: termsOf('category'),
    locale: termsOf('language')[0] ?? empty(meta.get('_wpml_language')),
    trid: empty(meta.get('_wpml_trid')),
    duplicateOf: empty(meta.get('_icl_lang_duplicate_of')),
    attachmentUrl: childText(element, 'wp:attachment_url'),
    attachedFile: empty(meta.get('_wp_attached_file')),
    alt: empty(meta.get('_wp_attachment_image_alt')),
    metaDescription: empty(meta.get('_yoast_wpseo_metadesc')),
    line: element.line,
  };
  return validate(wxrItemSchema, raw, element, itemElements);
}

export function toWxrCategory(element: XmlElement): WxrCategory {
  const meta = metaOf(element, 'wp:termmeta');
  const raw = {
    termId: childText(element, 'wp:term_id'),
    slug: childText(element, 'wp:category_nicename'),
    name: childText(element, 'wp:cat_name'),
    parentSlug: empty(childText(element, 'wp:category_parent')),
    locale: empty(meta.get('_wpml_language')),
    trid: empty(meta.get('_wpml_trid')),
    line: element.line,
  };
  return validate(wxrCategorySchema, raw, element, categoryElements);
}

export function toWxrAuthor(element: XmlElement): WxrAuthor {
  const raw = {
    login: childText(element, 'wp:author_login') ?? '',
    email: childText(element, 'wp:author_email'),
    displayName: childText(element, 'wp:author_display_name'),
  };
  return validate(wxrAuthorSchema, raw, element, { login: 'wp:author_login' });
}
