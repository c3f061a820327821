import type { Payload, PayloadRequest } from 'payload';
import type { PortalId } from '@portals/content-models';

/** A minimal Lexical document with one paragraph. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
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

let counter = 0;

/** Creates an article as an administrator would, published unless said otherwise. */
export async function createArticle(
  payload: Payload,
  {
    title,
    portals = ['hospichild'],
    status = 'published',
    req,
  }: {
    title?: string;
    portals?: PortalId[];
    status?: 'draft' | 'published';
    /** Runs the creation inside this request's transaction. */
    req?: PayloadRequest;
  } = {},
) {
  counter += 1;
  return payload.create({
    collection: 'articles',
    locale: 'fr',
    draft: status === 'draft',
    data: {
      title: title ?? `Article de test ${counter}`,
      summary: 'Résumé de test.',
      body: paragraph('Corps de test.'),
      kind: 'news',
      portals,
      _status: status,
    },
    overrideAccess: true,
    req,
  });
}

export async function createEditor(payload: Payload, portals: PortalId[]) {
  counter += 1;
  return payload.create({
    collection: 'users',
    data: {
      email: `editor${counter}@example.test`,
      password: 'test-password-1',
      role: 'editor',
      portals,
    },
    overrideAccess: true,
  });
}
