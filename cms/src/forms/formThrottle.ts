import { SlidingWindow } from './slidingWindow.ts';

/** Posts one client address may make to the forms, over all forms and portals, per window. */
export const postsPerClient = 10;
/** Posts naming one e-mail address, per window: bounds the mail an attacker can aim at someone. */
export const postsPerAddress = 3;
const windowMs = 60 * 60_000;

/** The mailbox an address delivers to, as far as the address tells: case and `+tag` left out. */
function mailboxOf(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/\+[^@]*@/, '@');
}

/**
 * The rate limits of the public forms, per client address and per e-mail address, each a
 * sliding hour. In memory, per CMS process (see `SlidingWindow`).
 */
export class FormThrottle {
  readonly #clients: SlidingWindow;
  readonly #addresses: SlidingWindow;

  constructor(now: () => number = Date.now) {
    this.#clients = new SlidingWindow(postsPerClient, windowMs, now);
    this.#addresses = new SlidingWindow(postsPerAddress, windowMs, now);
  }

  /** Milliseconds the client must wait, 0 when it may post (the post is then counted). */
  client(client: string): number {
    return this.#clients.hit(client);
  }

  /**
   * Milliseconds before the address may be named again, 0 when it may (counted then). Sub-
   * addresses (`ana+1@…`, `ana+2@…`) reach one mailbox, so they count as one address.
   */
  address(address: string): number {
    return this.#addresses.hit(mailboxOf(address));
  }

  clear(): void {
    this.#clients.clear();
    this.#addresses.clear();
  }
}

/** The CMS process's one throttle, shared by every form endpoint. */
export const formThrottle = new FormThrottle();
