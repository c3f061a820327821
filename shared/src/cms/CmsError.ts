/** A failed CMS read. Its message always names CMS_URL and the URL tried, so a failed build says what to fix. */
export class CmsError extends Error {
  override name = 'CmsError';

  /** The full request URL that failed. */
  readonly url: string;

  constructor(message: string, url: string, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
  }
}

/** Query strings read better in a build log with their brackets unescaped. */
export function readableUrl(url: URL | string): string {
  try {
    return decodeURIComponent(String(url));
  } catch {
    return String(url);
  }
}
