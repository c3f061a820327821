import {
  previewApiPath,
  previewTokenParam,
  type PreviewableCollection,
  type PreviewRefusal,
} from '@portals/content-models';
import { z } from 'zod';

/** Why a preview shows no draft; each has its own status and message on the page. */
export type PreviewProblem = PreviewRefusal | 'not-found' | 'untranslated' | 'unavailable';

/** A draft as the CMS returned it, every locale: each collection's mapping validates the rest. */
export interface DraftDoc extends Record<string, unknown> {
  id: string | number;
  /** `draft` while a change awaits publication; `published` when the latest version is live. */
  _status?: 'draft' | 'published' | null | undefined;
}

export type PreviewDraft =
  | { ok: true; doc: DraftDoc; expiresAt: Date }
  | { ok: false; problem: PreviewProblem; detail: string };

export interface PreviewDraftRequest {
  /** Base URL of the CMS. */
  cmsUrl: string;
  collection: PreviewableCollection;
  id: string;
  /** The token of the preview link, as received. */
  token: string | null;
  /** Injected in tests. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** @default 10 000 */
  timeoutMs?: number;
}

const answerSchema = z.object({
  doc: z.looseObject({
    id: z.union([z.string(), z.number()], { error: 'expected the document id' }),
    _status: z.enum(['draft', 'published']).nullish(),
  }),
  expiresAt: z.iso.datetime({ offset: true }),
});

const refusals: Partial<Record<number, PreviewProblem>> = {
  403: 'invalid',
  410: 'expired',
  404: 'not-found',
};

/**
 * Asks the CMS for the draft a preview link opens. The token is passed on untouched: only
 * the CMS can check it, so the portal holds no secret. A refusal, an unreachable CMS or an
 * unreadable answer come back as a problem, never as an exception, so the page can explain it.
 */
export async function fetchPreviewDraft(request: PreviewDraftRequest): Promise<PreviewDraft> {
  const { cmsUrl, collection, id, token, fetch = globalThis.fetch } = request;
  // Without a token there is nothing to check: the CMS is not even asked.
  if (!token) return { ok: false, problem: 'invalid', detail: 'the link carries no token' };
  const path = previewApiPath(collection, id);
  // Logged without its query: the token must not end up in log files.
  const shownUrl = `${cmsUrl}${path}`;
  let response: Response;
  try {
    const url = new URL(path, cmsUrl);
    url.searchParams.set(previewTokenParam, token);
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
  } catch (error) {
    const reason = (error as Error).message;
    return { ok: false, problem: 'unavailable', detail: `${shownUrl}: ${reason} (CMS_URL)` };
  }
  const refusal = refusals[response.status];
  if (refusal) return { ok: false, problem: refusal, detail: `${shownUrl}: ${response.status}` };
  if (!response.ok) {
    return { ok: false, problem: 'unavailable', detail: `${shownUrl}: ${response.status}` };
  }
  const parsed = answerSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    const problems = z.prettifyError(parsed.error);
    return {
      ok: false,
      problem: 'unavailable',
      detail: `${shownUrl}: unreadable answer\n${problems}`,
    };
  }
  return { ok: true, doc: parsed.data.doc, expiresAt: new Date(parsed.data.expiresAt) };
}
