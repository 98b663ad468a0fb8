// Sessions and the login lockout, both in memory (the brief does not ask sessions to survive a restart).
// A session token is 32 random bytes; only its SHA-256 is kept, so a memory dump does not hand out sessions.
import { createHash, randomBytes } from 'node:crypto';

const digest = (token) => createHash('sha256').update(token).digest('base64url');

export class Sessions {
  #userIdByDigest = new Map();

  start(userId) {
    const token = randomBytes(32).toString('base64url');
    this.#userIdByDigest.set(digest(token), userId);
    return token;
  }

  userId(token) {
    return this.#userIdByDigest.get(digest(token));
  }

  end(token) {
    return this.#userIdByDigest.delete(digest(token));
  }
}

/** Five failed logins for one address within 15 minutes lock it for 15 minutes from the fifth. */
export class Lockout {
  #failures = new Map();

  constructor({ maxFailures = 5, windowMs = 15 * 60_000, now = () => Date.now() } = {}) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
    this.now = now;
  }

  isLocked(email) {
    const entry = this.#failures.get(email);
    return Boolean(entry?.lockedUntil && entry.lockedUntil > this.now());
  }

  failed(email) {
    const now = this.now();
    const entry = this.#failures.get(email) ?? { times: [], lockedUntil: 0 };
    entry.times = entry.times.filter((time) => time > now - this.windowMs);
    entry.times.push(now);
    if (entry.times.length >= this.maxFailures) entry.lockedUntil = now + this.windowMs;
    this.#failures.set(email, entry);
  }

  succeeded(email) {
    this.#failures.delete(email);
  }
}
