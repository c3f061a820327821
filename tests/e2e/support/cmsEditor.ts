import { env as cmsEnv } from '@portals/cms/env';

/** A minimal Lexical body: one paragraph. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', text, format: 0, version: 1 }],
        },
      ],
    },
  };
}

interface ArticleAnswer {
  doc: { id: number; slug: string };
}

/**
 * The demo editor at work through the CMS's REST API and admin, as the browser does it:
 * signed in with the session token the login returns.
 */
export async function signInEditor(cmsUrl: string) {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: cmsEnv.CMS_ADMIN_EMAIL, password: cmsEnv.CMS_ADMIN_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login answered ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const authorization = `JWT ${token}`;

  async function send(method: 'POST' | 'PATCH', path: string, data: unknown) {
    const response = await fetch(`${cmsUrl}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(data),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as ArticleAnswer).doc;
  }

  return {
    /** Creates an article; `draft` leaves it unpublished. */
    create: (locale: string, data: Record<string, unknown>, { draft = false } = {}) =>
      send('POST', `/api/articles?locale=${locale}&draft=${draft}`, {
        ...data,
        _status: draft ? 'draft' : 'published',
      }),
    /** Saves a version: a draft on top of what is published, or a publication. */
    save: (id: number, locale: string, data: Record<string, unknown>, { draft = true } = {}) =>
      send('PATCH', `/api/articles/${id}?locale=${locale}&draft=${draft}`, {
        ...data,
        _status: draft ? 'draft' : 'published',
      }),
    /** The edit view of the document in the admin, as its HTML (the RSC payload included). */
    adminPage: async (id: number, locale: string, signedIn = true) => {
      const response = await fetch(`${cmsUrl}/admin/collections/articles/${id}?locale=${locale}`, {
        headers: signedIn ? { authorization } : {},
      });
      return response.text();
    },
  };
}
