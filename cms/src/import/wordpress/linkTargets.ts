import type { ImportPlan, Ref } from './importPlan.ts';
import { sitePathOf } from './oldUrls.ts';

/** Where a link of the old content leads in the new portal. */
export type LinkTarget =
  | { kind: 'document'; ref: Ref }
  | { kind: 'external' }
  /** A link to the old site that matches nothing imported: kept as it was, and reported. */
  | { kind: 'broken'; path: string };

export type LinkTargets = {
  resolve(href: string): LinkTarget;
  /** The media an image shows, from its `wp-image-<id>` class or its file URL. */
  mediaOf(image: { attachmentId?: number; src?: string }): Ref | undefined;
};

/** WordPress serves resized copies as `name-1024x683.png` beside `name.png`. */
const withoutSize = (file: string) => file.replace(/-\d+x\d+(\.\w+)$/, '$1');

/** Indexes every old URL of the plan, so links and images of the content find their document. */
export function linkTargets(plan: ImportPlan, siteUrl: string): LinkTargets {
  const byPath = new Map<string, Ref>();
  for (const article of plan.articles) {
    for (const url of article.oldUrls)
      byPath.set(url.path, { collection: 'articles', key: article.key });
  }
  for (const section of plan.sections) {
    for (const url of section.oldUrls)
      byPath.set(url.path, { collection: 'sections', key: section.key });
  }
  const mediaById = new Map<number, Ref>();
  const mediaByFile = new Map<string, Ref>();
  for (const media of plan.media) {
    const ref: Ref = { collection: 'media', key: media.key };
    for (const key of media.candidates) mediaById.set(Number(key.split(':')[1]), ref);
    mediaByFile.set(media.expectedFile, ref);
  }

  const lookup = (path: string): Ref | undefined => {
    const url = new URL(path, 'http://old.invalid');
    const alternate = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : `${url.pathname}/`;
    for (const param of ['p', 'page_id', 'cat']) {
      const id = url.searchParams.get(param);
      if (id && url.pathname === '/') return byPath.get(`/?${param}=${id}`);
    }
    return (
      byPath.get(path) ?? byPath.get(decodeURI(url.pathname)) ?? byPath.get(decodeURI(alternate))
    );
  };

  return {
    resolve(href) {
      if (href.startsWith('#') || /^(mailto|tel):/i.test(href)) return { kind: 'external' };
      const path = sitePathOf(href, siteUrl);
      if (path === undefined) return { kind: 'external' };
      const ref = lookup(path);
      return ref ? { kind: 'document', ref } : { kind: 'broken', path };
    },
    mediaOf({ attachmentId, src }) {
      const byId = attachmentId === undefined ? undefined : mediaById.get(attachmentId);
      if (byId || !src) return byId;
      const at = src.indexOf('/uploads/');
      return at < 0
        ? undefined
        : mediaByFile.get(withoutSize(decodeURI(src.slice(at + 9).split('?')[0] ?? '')));
    },
  };
}
