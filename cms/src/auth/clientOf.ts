import type { PayloadRequest } from 'payload';

/**
 * The client a request comes from: the last `X-Forwarded-For` entry, the one the nearest
 * proxy (the reverse proxy in production, else Next itself) wrote; a client can prepend
 * entries of its own, never replace that one.
 */
export function clientOf(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers.get('x-forwarded-for') ?? '';
  return forwarded.split(',').pop()?.trim() || 'unknown';
}
