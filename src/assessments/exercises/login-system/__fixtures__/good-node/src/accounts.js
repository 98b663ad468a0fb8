// Accounts in DATA_DIR/users.json. Passwords are kept only as salted scrypt hashes; the file is replaced whole
// (write, fsync, rename) so a crash never leaves half of it.
import { randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);
const cost = { N: 16384, r: 8, p: 1 };
const keyLength = 32;

export async function hashPassword(password) {
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize('NFC'), salt, keyLength, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password, stored) {
  const [, N, r, p, salt, key] = stored.split('$');
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

// Checked against when there is no such account, so an unknown address costs the same time as a wrong password.
const decoy = await hashPassword(randomBytes(12).toString('base64'));

export class Accounts {
  #byEmail = new Map();
  #file;

  constructor(dataDir) {
    this.#file = join(dataDir, 'users.json');
    try {
      for (const user of JSON.parse(readFileSync(this.#file, 'utf8')).users)
        this.#byEmail.set(user.email, user);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }

  /** The new account, or undefined when the address is taken. */
  async register(email, password) {
    if (this.#byEmail.has(email)) return undefined;
    const passwordHash = await hashPassword(password);
    if (this.#byEmail.has(email)) return undefined;
    const user = { id: randomUUID(), email, passwordHash, createdAt: new Date().toISOString() };
    this.#byEmail.set(email, user);
    this.#save();
    return user;
  }

  /** The account when the password is right, else undefined (the same work either way). */
  async authenticate(email, password) {
    const user = this.#byEmail.get(email);
    const matches = await verifyPassword(password, user?.passwordHash ?? decoy);
    return user && matches ? user : undefined;
  }

  byId(id) {
    for (const user of this.#byEmail.values()) if (user.id === id) return user;
    return undefined;
  }

  #save() {
    const temporary = `${this.#file}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify({ users: [...this.#byEmail.values()] }));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.#file);
  }
}
