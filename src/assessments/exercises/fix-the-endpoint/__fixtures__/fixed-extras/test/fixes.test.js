// One test per bug report: each failed before its fix.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createHandler } from '../src/app.js';
import { Database } from '../src/db.js';

const seedDir = fileURLToPath(new URL('../seed/', import.meta.url));
const tokens = { alice: 'tok-alice-5d1e7c', bob: 'tok-bob-93a0f2' };
let server;
let base;

before(async () => {
  const db = new Database(mkdtempSync(join(tmpdir(), 'order-desk-fixes-')), seedDir);
  server = createServer(createHandler(db));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

async function call(who, path, { method = 'GET', body } = {}) {
  const response = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: await response.json(),
    queries: Number(response.headers.get('x-query-count')),
  };
}

test('1: page 1 starts with the newest order, and the last page holds the rest', async () => {
  const first = await call('alice', '/orders');
  assert.equal(first.body.items[0].id, 'ord-0023');
  assert.equal(first.body.items.length, 10);
  const last = await call('alice', '/orders?page=3');
  assert.deepEqual(
    last.body.items.map((order) => order.id),
    ['ord-0003', 'ord-0002', 'ord-0001'],
  );
  assert.equal((await call('bob', '/orders')).body.items.length, 2);
});

test('2: a page costs the same few queries however many orders it holds', async () => {
  const one = await call('alice', '/orders?perPage=1');
  const fifty = await call('alice', '/orders?perPage=50');
  assert.equal(fifty.body.items.length, 23);
  assert.equal(fifty.queries, one.queries);
  assert.ok(fifty.queries <= 5, `${fifty.queries} queries`);
});

test("3: nobody can cancel someone else's order", async () => {
  const attempt = await call('bob', '/orders/ord-0008/cancel', { method: 'POST' });
  assert.equal(attempt.status, 404);
  assert.equal((await call('alice', '/orders/ord-0008')).body.status, 'placed');
});

test('4: an unknown product is a 400 that names it, and nothing is created', async () => {
  const before = (await call('bob', '/orders')).body.total;
  const attempt = await call('bob', '/orders', {
    method: 'POST',
    body: {
      lines: [
        { productId: 'p-mug', quantity: 1 },
        { productId: 'p-gone', quantity: 1 },
      ],
    },
  });
  assert.equal(attempt.status, 400);
  assert.match(attempt.body.error, /p-gone/);
  assert.equal((await call('bob', '/orders')).body.total, before);
});
