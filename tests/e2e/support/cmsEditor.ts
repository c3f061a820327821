/** The demo administrator the throwaway CMS is seeded with (cms/src/env.ts defaults). */
const credentials = {
  email: process.env.CMS_ADMIN_EMAIL || 'redaction@example.be',
  password: process.env.CMS_ADMIN_PASSWORD || 'demo-redaction',
};

type Json = Record<string, unknown>;

/** A Lexical body of one paragraph: text, then an internal link to an article. */
export function bodyLinkingTo(text: string, linkText: string, articleId: number): Json {
  const textNode = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
    version: 1,
  });
  const block = { format: '', indent: 0, version: 1, direction: 'ltr' };
  const link = {
    ...block,
    type: 'link',
    version: 3,
    fields: {
      linkType: 'internal',
      newTab: false,
      doc: { relationTo: 'articles', value: articleId },
    },
    children: [textNode(linkText)],
  };
  const paragraph = {
    ...block,
    type: 'paragraph',
    textFormat: 0,
    children: [textNode(text), link],
  };
  return { root: { ...block, type: 'root', children: [paragraph] } };
}

/** A Lexical body of one paragraph of plain text. */
export function paragraph(text: string): Json {
  const block = { format: '', indent: 0, version: 1, direction: 'ltr' };
  const textNode = {
    type: 'text',
    text,
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
    version: 1,
  };
  return {
    root: {
      ...block,
      type: 'root',
      children: [{ ...block, type: 'paragraph', textFormat: 0, children: [textNode] }],
    },
  };
}

/** Edits content through the CMS REST API as an editor would, logged in as the demo admin. */
export async function cmsEditor(cmsUrl: string) {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!login.ok) throw new Error(`login to ${cmsUrl} answered ${login.status}`);
  const { token } = (await login.json()) as { token: string };

  const call = async (method: string, path: string, body?: Json) => {
    const response = await fetch(`${cmsUrl}/api/${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(
        `${method} /api/${path} answered ${response.status}: ${await response.text()}`,
      );
    }
    return (await response.json()) as { doc?: Json; docs?: Json[] };
  };

  return {
    /** The id of one of the portal's sections, to place new articles in. */
    async sectionOf(portal: string): Promise<number> {
      const { docs } = await call(
        'GET',
        `sections?where[portal][equals]=${portal}&limit=1&depth=0`,
      );
      return docs?.[0]?.id as number;
    },
    /** Creates a published article in French and Dutch; returns its id. */
    publishArticle(fields: { fr: Json; nl: Json; common: Json }): Promise<number> {
      return this.publishIn('articles', fields);
    },
    /** Creates a published document of any collection in French and Dutch; returns its id. */
    async publishIn(
      collection: string,
      fields: { fr: Json; nl?: Json; common: Json },
    ): Promise<number> {
      const { doc } = await call('POST', `${collection}?locale=fr&depth=0`, {
        ...fields.common,
        ...fields.fr,
        _status: 'published',
      });
      const id = doc?.id as number;
      if (fields.nl) {
        await call('PATCH', `${collection}/${id}?locale=nl&depth=0`, {
          ...fields.nl,
          _status: 'published',
        });
      }
      return id;
    },
    /** Changes a published article in one language and publishes the change. */
    async editArticle(id: number, locale: string, fields: Json): Promise<void> {
      await call('PATCH', `articles/${id}?locale=${locale}&depth=0`, {
        ...fields,
        _status: 'published',
      });
    },
    /** Takes an article off the sites, keeping it as a draft. */
    unpublishArticle(id: number): Promise<void> {
      return this.unpublishIn('articles', id);
    },
    /** Takes a document of any collection off the sites, keeping it as a draft. */
    async unpublishIn(collection: string, id: number): Promise<void> {
      await call('PATCH', `${collection}/${id}?depth=0`, { _status: 'draft' });
    },
    deleteArticle(id: number): Promise<void> {
      return this.deleteIn('articles', id);
    },
    async deleteIn(collection: string, id: number): Promise<void> {
      await call('DELETE', `${collection}/${id}`);
    },
    /** Creates an article that was never published; returns its id and slug. */
    async createDraft(locale: string, fields: Json): Promise<{ id: number; slug: string }> {
      const { doc } = await call('POST', `articles?locale=${locale}&draft=true&depth=0`, {
        ...fields,
        _status: 'draft',
      });
      return { id: doc?.id as number, slug: doc?.slug as string };
    },
    /** Creates a never-published document in any collection with drafts; returns its id. */
    async createDraftIn(collection: string, locale: string, fields: Json): Promise<number> {
      const { doc } = await call('POST', `${collection}?locale=${locale}&draft=true&depth=0`, {
        ...fields,
        _status: 'draft',
      });
      return doc?.id as number;
    },
    /** Saves a change as a draft on top of what is published, as the admin's Save draft does. */
    saveDraft(id: number, locale: string, fields: Json): Promise<void> {
      return this.saveDraftIn('articles', id, locale, fields);
    },
    /** The same, in any collection with drafts. */
    async saveDraftIn(collection: string, id: number, locale: string, fields: Json) {
      await call('PATCH', `${collection}/${id}?locale=${locale}&draft=true&depth=0`, {
        ...fields,
        _status: 'draft',
      });
    },
    /** The published slug of an article in a language. */
    slugOf(id: number, locale: string): Promise<string> {
      return this.slugIn('articles', id, locale);
    },
    /** The published slug of a document of any collection in a language. */
    async slugIn(collection: string, id: number, locale: string): Promise<string> {
      const doc = (await call('GET', `${collection}/${id}?locale=${locale}&depth=0`)) as Json;
      return doc.slug as string;
    },
    /** The article's edit view in the admin, as HTML (Payload's server-rendered payload included). */
    adminPage(id: number, locale: string, options: { signedIn?: boolean } = {}): Promise<string> {
      return this.adminPageOf('articles', id, locale, options);
    },
    /** A document's edit view in the admin, as HTML. */
    async adminPageOf(
      collection: string,
      id: number,
      locale: string,
      { signedIn = true } = {},
    ): Promise<string> {
      const response = await fetch(
        `${cmsUrl}/admin/collections/${collection}/${id}?locale=${locale}`,
        { headers: signedIn ? { authorization: `JWT ${token}` } : {} },
      );
      return response.text();
    },
  };
}
