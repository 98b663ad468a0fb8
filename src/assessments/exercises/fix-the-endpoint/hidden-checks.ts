// The hidden checks of fix-the-endpoint, in the declarative format (../../grader/checks.ts). Each planted bug
// has its own group (marked "bug:" below); every other check is a regression check that the untouched starter
// passes too, so a fix that breaks something else shows. They run in this order against one service that
// starts from the seed in starter/seed: Alice has orders ord-0001…ord-0023 (ord-0023 newest), Bob ord-0024 and
// ord-0025, Carol none. Listing checks come before anything that places or cancels orders.
import { type CheckInput, parseChecks } from '../../grader/checks.ts';
import type { JsonValue } from '../../grader/matcher.ts';

type Step = CheckInput['steps'] extends (infer S)[] | undefined ? S : never;
type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;

const tokens = { alice: 'tok-alice-5d1e7c', bob: 'tok-bob-93a0f2', carol: 'tok-carol-47bb19' };
type Customer = keyof typeof tokens;
const as = (who: Customer) => ({ authorization: `Bearer ${tokens[who]}` });

const anError = { error: { $exists: true } };
const jsonError = (status: number) => ({ status, json: anError });

const get = (
  who: Customer | null,
  path: string,
  expect: Step['expect'],
  capture?: Record<string, string>,
): Step => ({
  request: { method: 'GET', path, ...(who ? { headers: as(who) } : {}) },
  expect,
  ...(capture ? { capture } : {}),
});
const post = (
  who: Customer,
  path: string,
  json: Json | undefined,
  expect: Step['expect'],
  capture?: Record<string, string>,
): Step => ({
  request: { method: 'POST', path, headers: as(who), ...(json === undefined ? {} : { json: json as never }) },
  expect,
  ...(capture ? { capture } : {}),
});
const order = (lines: { productId: JsonValue; quantity: JsonValue }[]) => ({ lines });
const ids = (from: number, to: number) => {
  const list: { id: string }[] = [];
  for (let n = from; from >= to ? n >= to : n <= to; n += from >= to ? -1 : 1)
    list.push({ id: `ord-${String(n).padStart(4, '0')}` });
  return list;
};
const page = (items: JsonValue, pageNumber: number, perPage: number, total: number) => ({
  status: 200,
  json: { items, page: pageNumber, perPage, total },
});
const fewQueries = { 'x-query-count': { $regex: '^[1-9]$' } };
const anOrder = {
  id: { $type: 'string', $length: { $gte: 1 } },
  status: { $oneOf: ['placed', 'cancelled'] },
  createdAt: { $type: 'datetime' },
  lines: { $type: 'array', $length: { $gte: 1 } },
  totalCents: { $type: 'integer' },
};

const checks: CheckInput[] = [
  // ————————————————— signing in and the basics (regression) —————————————————
  {
    id: 'health',
    category: 'correctness',
    description: 'GET /health answers 200 without a token',
    points: 1,
    steps: [get(null, '/health', { status: 200 })],
  },
  {
    id: 'token-required',
    category: 'security',
    description: 'without a token, or with an unknown one, every endpoint answers 401 with a JSON error',
    points: 2,
    steps: [
      get(null, '/orders', jsonError(401)),
      get(null, '/orders/ord-0001', jsonError(401)),
      {
        request: { method: 'GET', path: '/me', headers: { authorization: 'Bearer tok-nobody' } },
        expect: jsonError(401),
      },
      { request: { method: 'POST', path: '/orders/ord-0001/cancel' }, expect: jsonError(401) },
    ],
  },
  {
    id: 'me',
    category: 'correctness',
    description: 'GET /me answers the signed-in customer',
    points: 1,
    steps: [
      get('alice', '/me', {
        status: 200,
        json: { id: 'u-alice', name: 'Alice Moreau', email: 'alice@example.com' },
      }),
      get('bob', '/me', { status: 200, json: { id: 'u-bob' } }),
    ],
  },
  {
    id: 'products',
    category: 'correctness',
    description: 'GET /products lists the eight products sorted by name',
    points: 1,
    steps: [
      get('carol', '/products', {
        status: 200,
        json: {
          items: {
            $length: 8,
            $sortedBy: ['name'],
            $each: { id: { $type: 'string' }, priceCents: { $type: 'integer' } },
          },
        },
      }),
    ],
  },
  {
    id: 'query-count-header',
    category: 'correctness',
    description: 'every answer still reports X-Query-Count',
    points: 1,
    steps: [
      get('alice', '/me', { status: 200, headers: { 'x-query-count': { $regex: '^\\d+$' } } }),
      get('alice', '/orders/ord-0004', {
        status: 200,
        headers: { 'x-query-count': { $regex: '^[1-9]\\d*$' } },
      }),
    ],
  },
  // ————————————————— bug: pagination —————————————————
  {
    id: 'list-first-page',
    category: 'correctness',
    description: 'bug 1: the first page holds the ten newest orders (ord-0023 … ord-0014)',
    points: 3,
    steps: [
      get('alice', '/orders', page(ids(23, 14), 1, 10, 23)),
      get('alice', '/orders?page=1', page(ids(23, 14), 1, 10, 23)),
    ],
  },
  {
    id: 'list-later-pages',
    category: 'correctness',
    description: 'bug 1: page 2 holds the next ten orders and page 3 the last three',
    points: 2,
    steps: [
      get('alice', '/orders?page=2', page(ids(13, 4), 2, 10, 23)),
      get('alice', '/orders?page=3', page(ids(3, 1), 3, 10, 23)),
    ],
  },
  {
    id: 'list-page-size',
    category: 'correctness',
    description:
      'bug 1: perPage sets the page size (perPage=5: page 2 is ord-0018 … ord-0014; perPage=50 shows all)',
    points: 2,
    steps: [
      get('alice', '/orders?perPage=5&page=2', page(ids(18, 14), 2, 5, 23)),
      get('alice', '/orders?perPage=50', page(ids(23, 1), 1, 50, 23)),
    ],
  },
  {
    id: 'list-few-orders',
    category: 'correctness',
    description: 'bug 1: a customer with two orders sees both, newest first',
    points: 2,
    steps: [get('bob', '/orders', page(ids(25, 24), 1, 10, 2))],
  },
  // ————————————————— listing (regression) —————————————————
  {
    id: 'list-totals',
    category: 'correctness',
    description:
      'every page reports the page, its size and the total; a customer without orders has an empty list',
    points: 1,
    steps: [
      get('alice', '/orders?page=2&perPage=7', { status: 200, json: { page: 2, perPage: 7, total: 23 } }),
      get('carol', '/orders', page([], 1, 10, 0)),
    ],
  },
  {
    id: 'list-past-the-end',
    category: 'correctness',
    description: 'a page past the last one is empty, with the same total',
    points: 1,
    steps: [get('alice', '/orders?page=9', page([], 9, 10, 23))],
  },
  {
    id: 'list-whole-orders',
    category: 'correctness',
    description: 'listed orders have their lines, product names and totals',
    points: 1,
    steps: [get('alice', '/orders', { status: 200, json: { items: { $length: 10, $each: anOrder } } })],
  },
  {
    id: 'list-invalid-parameters',
    category: 'validation',
    description: 'page=0, page=two, perPage=0, perPage=51 and perPage=-5 are refused with 400',
    points: 1,
    steps: ['page=0', 'page=two', 'perPage=0', 'perPage=51', 'perPage=-5'].map((query) =>
      get('alice', `/orders?${query}`, jsonError(400)),
    ),
  },
  // ————————————————— bug: N+1 queries —————————————————
  {
    id: 'list-few-queries',
    category: 'performance',
    description: 'bug 2: a page of orders takes fewer than ten queries, not one or more per order and line',
    points: 6,
    steps: [
      get('alice', '/orders', { status: 200, headers: fewQueries }),
      get('alice', '/orders?perPage=3', { status: 200, headers: fewQueries }),
    ],
  },
  // ————————————————— reading one order (regression) —————————————————
  {
    id: 'get-own-order',
    category: 'correctness',
    description: 'GET /orders/{id} answers the whole order with its lines and total',
    points: 2,
    steps: [
      get('alice', '/orders/ord-0004', {
        status: 200,
        json: {
          id: 'ord-0004',
          status: 'placed',
          createdAt: '2025-01-13T13:15:00.000Z',
          lines: [{ productId: 'p-teapot', name: 'Glass teapot', quantity: 2, unitPriceCents: 2800 }],
          totalCents: 5600,
        },
      }),
      get('alice', '/orders/ord-0003', { status: 200, json: { lines: { $length: 4 }, totalCents: 6799 } }),
    ],
  },
  {
    id: 'get-others-order',
    category: 'security',
    description: "someone else's order answers 404, like one that does not exist",
    points: 2,
    steps: [
      get('bob', '/orders/ord-0001', jsonError(404)),
      get('alice', '/orders/ord-0024', jsonError(404)),
      get('alice', '/orders/ord-9999', jsonError(404)),
      get('alice', '/orders/%E0%A4%A', jsonError(404)),
    ],
  },
  // ————————————————— bug: missing authorisation check —————————————————
  {
    id: 'cancel-others-order',
    category: 'security',
    description: "bug 3: cancelling someone else's order answers 404 and leaves it as it was",
    points: 6,
    steps: [
      post('bob', '/orders/ord-0005/cancel', undefined, jsonError(404)),
      post('carol', '/orders/ord-0024/cancel', undefined, jsonError(404)),
      get('alice', '/orders/ord-0005', { status: 200, json: { status: 'placed' } }),
      get('bob', '/orders/ord-0024', { status: 200, json: { status: 'placed' } }),
    ],
  },
  // ————————————————— cancelling (regression) —————————————————
  {
    id: 'cancel-own-order',
    category: 'correctness',
    description:
      'a customer cancels their own order: 200 with the order, now cancelled, and it stays cancelled',
    points: 2,
    steps: [
      post('alice', '/orders/ord-0006/cancel', undefined, {
        status: 200,
        json: { ...anOrder, id: 'ord-0006', status: 'cancelled', totalCents: 14899 },
      }),
      get('alice', '/orders/ord-0006', { status: 200, json: { status: 'cancelled' } }),
    ],
  },
  {
    id: 'cancel-twice',
    category: 'errors',
    description: 'cancelling a cancelled order answers 409; an unknown order 404',
    points: 1,
    steps: [
      post('alice', '/orders/ord-0006/cancel', undefined, jsonError(409)),
      post('alice', '/orders/ord-9999/cancel', undefined, jsonError(404)),
    ],
  },
  // ————————————————— placing orders (regression) —————————————————
  {
    id: 'place-order',
    category: 'correctness',
    description: 'POST /orders answers 201 with the order at current prices, and it can be read back',
    points: 2,
    steps: [
      post(
        'carol',
        '/orders',
        order([
          { productId: 'p-mug', quantity: 2 },
          { productId: 'p-tea', quantity: 1 },
        ]),
        {
          status: 201,
          json: {
            ...anOrder,
            status: 'placed',
            lines: [
              { productId: 'p-mug', name: 'Stoneware mug', quantity: 2, unitPriceCents: 1250 },
              { productId: 'p-tea', name: 'Loose-leaf tea, 100 g', quantity: 1, unitPriceCents: 899 },
            ],
            totalCents: 3399,
          },
        },
        { carolOrder: 'json.id' },
      ),
      get('carol', '/orders/{{carolOrder}}', {
        status: 200,
        json: { id: '{{carolOrder}}', totalCents: 3399 },
      }),
      get('carol', '/orders', { status: 200, json: { total: 1 } }),
    ],
  },
  {
    id: 'place-order-invalid',
    category: 'validation',
    description: 'orders without lines, with bad quantities or ids, or not JSON at all are refused with 400',
    points: 2,
    steps: [
      ...[
        {},
        order([]),
        { lines: 'p-mug' },
        order([{ productId: 'p-mug', quantity: 0 }]),
        order([{ productId: 'p-mug', quantity: 100 }]),
        order([{ productId: 'p-mug', quantity: '2' }]),
        order([{ productId: 'p-mug', quantity: 1.5 }]),
        order([{ productId: 7, quantity: 1 }]),
        order(Array.from({ length: 21 }, () => ({ productId: 'p-mug', quantity: 1 }))),
      ].map((body) => post('carol', '/orders', body, jsonError(400))),
      {
        request: { method: 'POST', path: '/orders', headers: as('carol'), body: '{"lines": [' },
        expect: jsonError(400),
      },
      get('carol', '/orders', { status: 200, json: { total: 1 } }),
    ],
  },
  // ————————————————— bug: bad input answered with 500 —————————————————
  {
    id: 'place-order-unknown-product',
    category: 'errors',
    description: 'bug 4: an order for a product that does not exist answers 400 with an error, not 500',
    points: 4,
    steps: [post('carol', '/orders', order([{ productId: 'p-samovar', quantity: 1 }]), jsonError(400))],
  },
  {
    id: 'place-order-unknown-product-creates-nothing',
    category: 'errors',
    description: 'bug 4: an order with one good line and one unknown product answers 400 and creates nothing',
    points: 3,
    steps: [
      post(
        'carol',
        '/orders',
        order([
          { productId: 'p-mug', quantity: 1 },
          { productId: 'p-MUG', quantity: 1 },
        ]),
        jsonError(400),
      ),
      get('carol', '/orders', { status: 200, json: { total: 1 } }),
    ],
  },
  // ————————————————— at the same moment, and after a restart (regression) —————————————————
  {
    id: 'concurrent-orders',
    category: 'concurrency',
    description: '20 orders placed at the same moment all answer 201 with different ids, and all are kept',
    points: 2,
    parallel: {
      count: 20,
      request: {
        method: 'POST',
        path: '/orders',
        headers: as('carol'),
        json: order([{ productId: 'p-spoon', quantity: 3 }]),
      },
      expect: { status: 201, json: { totalCents: 1050 } },
      distinct: 'json.id',
    },
    steps: [get('carol', '/orders', { status: 200, json: { total: 21 } })],
  },
  {
    id: 'survives-restart',
    category: 'persistence',
    description: 'after a restart, placed and cancelled orders are as they were',
    points: 2,
    restartBefore: true,
    steps: [
      get('carol', '/orders/{{carolOrder}}', { status: 200, json: { totalCents: 3399, status: 'placed' } }),
      get('alice', '/orders/ord-0006', { status: 200, json: { status: 'cancelled' } }),
      get('carol', '/orders', { status: 200, json: { total: 21 } }),
    ],
  },
];

/** The fix-the-endpoint hidden checks, validated by the check schema when first loaded. */
export const fixTheEndpointChecks = parseChecks(checks);
