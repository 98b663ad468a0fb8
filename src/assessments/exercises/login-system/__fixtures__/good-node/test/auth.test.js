import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Accounts, hashPassword, verifyPassword } from '../src/accounts.js';
import { createHandler } from '../src/app.js';
import { Lockout, Sessions } from '../src/sessions.js';
import { email } from '../src/validate.js';

describe('rules', () => {
  test('salts every hash and verifies it', async () => {
    const [a, b] = [await hashPassword('correct horse'), await hashPassword('correct horse')];
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('correct horse', a), true);
    assert.equal(await verifyPassword('correct horsf', a), false);
  });

  test('normalises and checks e-mail addresses', () => {
    assert.equal(email('  Ann@Example.COM '), 'ann@example.com');
    for (const bad of ['ann', 'ann@example', '@example.com', 'a b@example.com', 'ann@@example.com'])
      assert.throws(() => email(bad), bad);
  });

  test('locks an address after five failures in the window, and unlocks it after', () => {
    let now = 0;
    const lockout = new Lockout({ now: () => now });
    for (let i = 0; i < 4; i++) lockout.failed('a@example.com');
    assert.equal(lockout.isLocked('a@example.com'), false);
    lockout.failed('a@example.com');
    assert.equal(lockout.isLocked('a@example.com'), true);
    assert.equal(lockout.isLocked('b@example.com'), false);
    now += 15 * 60_000 + 1;
    assert.equal(lockout.isLocked('a@example.com'), false);
  });
});

describe('HTTP', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'login-system-'));
  let server;
  let base;
  before(async () => {
    server = createServer(
      createHandler({ accounts: new Accounts(dataDir), sessions: new Sessions(), lockout: new Lockout() }),
    );
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  const call = async (path, { body, token, method = body ? 'POST' : 'GET' } = {}) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, text, json: text ? JSON.parse(text) : undefined };
  };

  test('registers, logs in, logs out; the password never leaves and is not stored', async () => {
    const password = 'Sapphire-Teacup-42';
    const registered = await call('/register', { body: { email: 'kim@example.com', password } });
    assert.equal(registered.status, 201);
    assert.equal(registered.text.includes(password), false);
    assert.equal((await call('/register', { body: { email: 'KIM@example.com', password } })).status, 409);
    assert.equal(readFileSync(join(dataDir, 'users.json'), 'utf8').includes(password), false);
    const { token } = (await call('/login', { body: { email: 'kim@example.com', password } })).json;
    assert.equal((await call('/me', { token })).json.email, 'kim@example.com');
    assert.equal((await call('/logout', { token, method: 'POST' })).status, 204);
    assert.equal((await call('/me', { token })).status, 401);
  });

  test('answers a wrong password and an unknown address the same way', async () => {
    const wrong = await call('/login', { body: { email: 'kim@example.com', password: 'not the password' } });
    const unknown = await call('/login', { body: { email: 'nobody@example.com', password: 'whatever123' } });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.text, wrong.text);
  });
});
