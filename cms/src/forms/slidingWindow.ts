/**
 * At most `limit` hits per key within any `windowMs`: the times of the last hits are kept per
 * key, so a burst at a window's edge cannot double the rate (a fixed window would let it).
 * In memory, per CMS process, like the login throttle: forgotten at restart, and several CMS
 * machines each count their own.
 */
export class SlidingWindow {
  readonly #hits = new Map<string, number[]>();

  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Milliseconds the key must still wait, 0 when it may go on (the hit is then counted). */
  hit(key: string): number {
    const time = this.#now();
    this.#prune(time);
    const hits = this.#hits.get(key) ?? [];
    const oldest = hits[0];
    if (hits.length >= this.#limit && oldest !== undefined) return oldest + this.#windowMs - time;
    hits.push(time);
    this.#hits.set(key, hits);
    return 0;
  }

  /** Forgets every key (tests, or an operator lifting a block by restarting). */
  clear(): void {
    this.#hits.clear();
  }

  #prune(time: number): void {
    for (const [key, hits] of this.#hits) {
      while (hits.length > 0 && (hits[0] ?? 0) <= time - this.#windowMs) hits.shift();
      if (hits.length === 0) this.#hits.delete(key);
    }
  }
}
