import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createHandler } from '../src/app.js';
import { Database } from '../src/db.js';

const seedDir = fileURLToPath(new URL('../seed/', import.meta.url));
const alice = { authorization: 'Bearer tok-alice-5d1e7c' };
let server;
let base;

before(async () => {
  const db = new Database(mkdtempSync(join(tmpdir(), 'order-desk-')), seedDir);
  server = createServer(createHandler(db));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const call = async (path, { method = 'GET', headers = alice, body } = {}) => {
  const response = await fetch(base + path, {
    method,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return {
    status: response.status,
    body: await response.json(),
    queries: response.headers.get('x-query-count'),
  };
};

describe('order desk', () => {
  test('answers on /health without a token', async () => {
    assert.equal((await call('/health', { headers: {} })).status, 200);
  });

  test('knows who is signed in', async () => {
    const me = await call('/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.name, 'Alice Moreau');
    assert.equal((await call('/me', { headers: {} })).status, 401);
  });

  test('places an order and reads it back', async () => {
    const placed = await call('/orders', {
      method: 'POST',
      body: { lines: [{ productId: 'p-mug', quantity: 2 }] },
    });
    assert.equal(placed.status, 201);
    assert.equal(placed.body.totalCents, 2500);
    const read = await call(`/orders/${placed.body.id}`);
    assert.deepEqual(read.body, placed.body);
  });

  test('cancels an order once', async () => {
    assert.equal((await call('/orders/ord-0007/cancel', { method: 'POST' })).body.status, 'cancelled');
    assert.equal((await call('/orders/ord-0007/cancel', { method: 'POST' })).status, 409);
  });

  test('lists orders with the total', async () => {
    const list = await call('/orders');
    assert.equal(list.status, 200);
    assert.equal(list.body.total, 24);
  });
});
