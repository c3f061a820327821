/** Failed attempts an address may have from one client before it waits. */
export const attemptsBeforeLock = 5;
const firstLockMs = 60_000;
const longestLockMs = 15 * 60_000;
/** A quiet quarter of an hour forgets the failures and the lock's growth. */
const forgetAfterMs = 15 * 60_000;

interface Entry {
  attempts: number;
  locks: number;
  lockedUntil: number;
  lastSeen: number;
}

/**
 * Login attempts per e-mail address **and** client: after `attemptsBeforeLock` attempts
 * without success, that pair waits one minute, then two, four… up to fifteen. Someone who
 * hammers an admin's address from elsewhere locks only themselves out, never the admin,
 * and an address that does not exist is throttled exactly like one that does. Kept in
 * memory: per CMS process, forgotten at restart (MongoDB set-ups with several CMS machines
 * throttle per machine).
 */
export class LoginThrottle {
  readonly #entries = new Map<string, Entry>();

  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Milliseconds the pair must still wait, 0 when it may try; counts the attempt. */
  attempt(address: string, client: string): number {
    const time = this.#now();
    this.#prune(time);
    const key = `${address.trim().toLowerCase()}\u0000${client}`;
    const entry = this.#entries.get(key) ?? { attempts: 0, locks: 0, lockedUntil: 0, lastSeen: 0 };
    entry.lastSeen = time;
    this.#entries.set(key, entry);
    if (entry.lockedUntil > time) return entry.lockedUntil - time;
    entry.attempts += 1;
    if (entry.attempts >= attemptsBeforeLock) {
      entry.lockedUntil = time + Math.min(firstLockMs * 2 ** entry.locks, longestLockMs);
      entry.locks += 1;
      entry.attempts = 0;
    }
    return 0;
  }

  /** A successful login clears the pair. */
  succeeded(address: string, client: string): void {
    this.#entries.delete(`${address.trim().toLowerCase()}\u0000${client}`);
  }

  #prune(time: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.lockedUntil < time && time - entry.lastSeen > forgetAfterMs) {
        this.#entries.delete(key);
      }
    }
  }
}
