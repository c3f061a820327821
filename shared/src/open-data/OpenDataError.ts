/**
 * What went wrong with a call to the webservice. `network`, `timeout` and `http` (5xx, 429)
 * are worth retrying; `not-json` and `schema` are deterministic answers that will not improve.
 */
export type OpenDataErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'schema';

/** An error from the Bruxelles Social webservice; its message always names the URL. */
export class OpenDataError extends Error {
  override readonly name = 'OpenDataError';
  readonly kind: OpenDataErrorKind;
  readonly url: string;
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;

  // Plain fields rather than parameter properties: Node's type stripping cannot run those.
  constructor(
    kind: OpenDataErrorKind,
    url: string,
    message: string,
    status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.kind = kind;
    this.url = url;
    this.status = status;
  }

  /** True when a later attempt may succeed (the service was down, slow or overloaded). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && isTransientStatus(this.status);
  }
}

function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429;
}
