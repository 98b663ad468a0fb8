// The hidden checks of repair-the-schema: what the brief promises, tested on the migrated database. "Before"
// queries read the legacy tables with the brief's cleaning rules, so the facts the migration must keep are
// computed from the same data the candidate's migration starts from.
import type { SchemaCheck, SqlProbe } from '../../grader/schema/schema-grading.ts';

/** Legacy money text ('$12.50', ' 12.5 ', '12') as cents. */
const cents = (column: string) => `round(ltrim(btrim(${column}), '$')::numeric * 100)::integer`;

// Existing rows are found by subquery, not by a value of the legacy data, so a migration that lost some rows
// fails the data checks only, not every probe that happened to name a lost row.
const customer = '(SELECT min(id) FROM customers)';
const order = '(SELECT min(id) FROM orders)';
const product = '(SELECT min(id) FROM products)';
const tag = '(SELECT min(id) FROM tags)';

const newCustomer = "INSERT INTO customers (email, name) VALUES ('probe.person@example.com', 'Probe Person')";
const newProduct =
  "INSERT INTO products (sku, title, price_cents) VALUES ('SKU-PROBE', 'Probe widget', 1250)";
const probeTag = `INSERT INTO product_tags (product_id, tag_id) VALUES ((SELECT id FROM products WHERE sku = 'SKU-PROBE'), ${tag})`;
const newOrder = `INSERT INTO orders (ref, customer_id, placed_at, status) VALUES ('ORD-PROBE', ${customer}, '2025-01-15 09:30:00+00', 'paid')`;

const orderItem = (values: { order?: string; product?: string; quantity?: string; price?: string }) =>
  `INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (${values.order ?? order}, ${values.product ?? product}, ${values.quantity ?? '2'}, ${values.price ?? '1250'})`;
const orderRow = (values: { ref?: string; customer?: string; placedAt?: string; status?: string }) =>
  `INSERT INTO orders (ref, customer_id, placed_at, status) VALUES (${values.ref ?? "'ORD-PROBE'"}, ${values.customer ?? customer}, ${values.placedAt ?? "'2025-01-15 09:30:00+00'"}, ${values.status ?? "'paid'"})`;
const productRow = (values: { sku?: string; title?: string; price?: string }) =>
  `INSERT INTO products (sku, title, price_cents) VALUES (${values.sku ?? "'SKU-PROBE'"}, ${values.title ?? "'Probe widget'"}, ${values.price ?? '1250'})`;
const customerRow = (values: { email?: string; name?: string }) =>
  `INSERT INTO customers (email, name) VALUES (${values.email ?? "'probe.person@example.com'"}, ${values.name ?? "'Probe Person'"})`;

const refused = (what: string, sql: string, code: string, setup?: string[]): SqlProbe => ({
  what,
  sql,
  expect: { refused: code },
  ...(setup ? { setup } : {}),
});
const notNull = (what: string, sql: string) => refused(what, sql, '23502');
const check = (what: string, sql: string) => refused(what, sql, '23514');
const orphan = (what: string, sql: string) => refused(what, sql, '23503');

const id = ['bigint', 'integer'];
const text = ['text', 'character varying', 'citext'];
const count = ['integer', 'bigint', 'smallint'];

export const repairTheSchemaChecks: readonly SchemaCheck[] = [
  // ——— structure ———
  {
    id: 'tables-and-columns',
    category: 'correctness',
    description: 'The six tables of the brief exist with their columns and types',
    points: 2,
    kind: 'tables',
    tables: {
      customers: { id, email: text, name: text },
      products: { id, sku: text, title: text, price_cents: ['integer', 'bigint'] },
      tags: { id, name: text },
      product_tags: { product_id: id, tag_id: id },
      orders: { id, ref: text, customer_id: id, placed_at: ['timestamp with time zone'], status: text },
      order_items: { order_id: id, product_id: id, quantity: count, unit_price_cents: ['integer', 'bigint'] },
    },
  },
  {
    id: 'primary-keys',
    category: 'correctness',
    description: 'Every table has a primary key (and no legacy table is left without one)',
    points: 2,
    kind: 'primary-keys',
  },
  {
    id: 'new-rows',
    category: 'correctness',
    description:
      'The application can add rows without giving ids (and new ids do not collide with migrated ones)',
    points: 2,
    kind: 'probes',
    probes: [
      { what: 'a new customer', sql: newCustomer, expect: 'accepted' },
      { what: 'a new product', sql: newProduct, expect: 'accepted' },
      { what: 'a new tag', sql: "INSERT INTO tags (name) VALUES ('probe-tag')", expect: 'accepted' },
      {
        what: 'a tag on a product',
        setup: [newProduct],
        sql: probeTag,
        expect: 'accepted',
      },
      { what: 'a new order', sql: newOrder, expect: 'accepted' },
      {
        what: 'a line on a new order',
        setup: [newOrder],
        sql: orderItem({ order: "(SELECT id FROM orders WHERE ref = 'ORD-PROBE')" }),
        expect: 'accepted',
      },
    ],
  },
  // ——— foreign keys ———
  {
    id: 'fk-order-customer',
    category: 'validation',
    description:
      'orders.customer_id is a foreign key to customers, and a customer with orders cannot be deleted',
    points: 2,
    kind: 'foreign-key',
    table: 'orders',
    columns: ['customer_id'],
    references: { table: 'customers', columns: ['id'] },
    probes: [
      orphan(
        'an order for a customer who does not exist',
        orderRow({ customer: '(SELECT max(id) + 1000 FROM customers)' }),
      ),
      orphan(
        'deleting a customer who has orders',
        'DELETE FROM customers WHERE id = (SELECT customer_id FROM orders ORDER BY id LIMIT 1)',
      ),
    ],
  },
  {
    id: 'fk-item-order',
    category: 'validation',
    description: 'order_items.order_id is a foreign key to orders',
    points: 2,
    kind: 'foreign-key',
    table: 'order_items',
    columns: ['order_id'],
    references: { table: 'orders', columns: ['id'] },
    probes: [
      orphan(
        'a line of an order that does not exist',
        orderItem({ order: '(SELECT max(id) + 1000 FROM orders)' }),
      ),
    ],
  },
  {
    id: 'fk-item-product',
    category: 'validation',
    description:
      'order_items.product_id is a foreign key to products, and an ordered product cannot be deleted',
    points: 2,
    kind: 'foreign-key',
    table: 'order_items',
    columns: ['product_id'],
    references: { table: 'products', columns: ['id'] },
    probes: [
      orphan(
        'a line for a product that does not exist',
        orderItem({ product: '(SELECT max(id) + 1000 FROM products)' }),
      ),
      orphan(
        'deleting a product that was ordered',
        'DELETE FROM products WHERE id = (SELECT product_id FROM order_items ORDER BY order_id LIMIT 1)',
      ),
    ],
  },
  {
    id: 'fk-tag-product',
    category: 'validation',
    description: 'product_tags.product_id is a foreign key to products',
    points: 1,
    kind: 'foreign-key',
    table: 'product_tags',
    columns: ['product_id'],
    references: { table: 'products', columns: ['id'] },
    probes: [
      orphan(
        'a tag on a product that does not exist',
        `INSERT INTO product_tags (product_id, tag_id) VALUES ((SELECT max(id) + 1000 FROM products), ${tag})`,
      ),
    ],
  },
  {
    id: 'fk-tag-tag',
    category: 'validation',
    description: 'product_tags.tag_id is a foreign key to tags',
    points: 1,
    kind: 'foreign-key',
    table: 'product_tags',
    columns: ['tag_id'],
    references: { table: 'tags', columns: ['id'] },
    probes: [
      orphan(
        'a tag that does not exist on a product',
        `INSERT INTO product_tags (product_id, tag_id) VALUES (${product}, (SELECT max(id) + 1000 FROM tags))`,
      ),
    ],
  },
  // ——— unique values (a valid new row first, so a broken id sequence cannot pass for a unique constraint) ———
  {
    id: 'unique-customer-email',
    category: 'validation',
    description: 'Two customers cannot share an e-mail address',
    points: 1,
    kind: 'probes',
    probes: [
      refused(
        'a second customer with an existing e-mail',
        customerRow({ email: '(SELECT min(email) FROM customers)' }),
        '23505',
        [newCustomer],
      ),
    ],
  },
  {
    id: 'unique-product-sku',
    category: 'validation',
    description: 'Two products cannot share a SKU',
    points: 1,
    kind: 'probes',
    probes: [
      refused(
        'a second product with an existing SKU',
        productRow({ sku: '(SELECT min(sku) FROM products)' }),
        '23505',
        [newProduct],
      ),
    ],
  },
  {
    id: 'unique-order-ref',
    category: 'validation',
    description: 'Two orders cannot share a reference',
    points: 1,
    kind: 'probes',
    probes: [
      refused(
        'a second order with an existing reference',
        orderRow({ ref: '(SELECT min(ref) FROM orders)' }),
        '23505',
        [newOrder],
      ),
    ],
  },
  {
    id: 'unique-tag',
    category: 'validation',
    description: 'Tag names are unique, and a product has each tag once',
    points: 1,
    kind: 'probes',
    probes: [
      refused(
        'a second tag with an existing name',
        'INSERT INTO tags (name) VALUES ((SELECT min(name) FROM tags))',
        '23505',
        ["INSERT INTO tags (name) VALUES ('probe-tag')"],
      ),
      refused('the same tag twice on one product', probeTag, '23505', [newProduct, probeTag]),
    ],
  },
  // ——— required values and allowed values ———
  {
    id: 'required-customer-fields',
    category: 'validation',
    description: "A customer's e-mail and name are required",
    points: 1,
    kind: 'probes',
    probes: [
      notNull('a customer without an e-mail', customerRow({ email: 'NULL' })),
      notNull('a customer without a name', customerRow({ name: 'NULL' })),
    ],
  },
  {
    id: 'required-product-fields',
    category: 'validation',
    description: "A product's SKU, title and price are required",
    points: 1,
    kind: 'probes',
    probes: [
      notNull('a product without a SKU', productRow({ sku: 'NULL' })),
      notNull('a product without a title', productRow({ title: 'NULL' })),
      notNull('a product without a price', productRow({ price: 'NULL' })),
    ],
  },
  {
    id: 'required-order-fields',
    category: 'validation',
    description: "An order's reference, customer, time and status are required",
    points: 1,
    kind: 'probes',
    probes: [
      notNull('an order without a reference', orderRow({ ref: 'NULL' })),
      notNull('an order without a customer', orderRow({ customer: 'NULL' })),
      notNull('an order without a time', orderRow({ placedAt: 'NULL' })),
      notNull('an order without a status', orderRow({ status: 'NULL' })),
    ],
  },
  {
    id: 'required-item-fields',
    category: 'validation',
    description: "An order line's quantity and unit price are required",
    points: 1,
    kind: 'probes',
    probes: [
      notNull('an order line without a quantity', orderItem({ quantity: 'NULL' })),
      notNull('an order line without a unit price', orderItem({ price: 'NULL' })),
    ],
  },
  {
    id: 'price-not-negative',
    category: 'validation',
    description: 'Prices cannot be negative',
    points: 1,
    kind: 'probes',
    probes: [
      check('a product costing -1 cent', productRow({ price: '-1' })),
      check('an order line at -1 cent', orderItem({ price: '-1' })),
    ],
  },
  {
    id: 'quantity-positive',
    category: 'validation',
    description: 'An order line has a quantity of at least 1',
    points: 1,
    kind: 'probes',
    probes: [
      check('an order line with quantity 0', orderItem({ quantity: '0' })),
      check('an order line with quantity -3', orderItem({ quantity: '-3' })),
    ],
  },
  {
    id: 'status-values',
    category: 'validation',
    description: 'An order status is one of pending, paid, shipped, cancelled (lower case)',
    points: 1,
    kind: 'probes',
    probes: [
      check('an order with status "lost"', orderRow({ status: "'lost'" })),
      check('an order with status "PAID" (upper case)', orderRow({ status: "'PAID'" })),
      { what: 'an order with status "shipped"', sql: orderRow({ status: "'shipped'" }), expect: 'accepted' },
    ],
  },
  // ——— the data survived ———
  {
    id: 'data-customers',
    category: 'persistence',
    description: 'Every customer is kept once, with the e-mail and name the brief describes',
    points: 3,
    kind: 'same-facts',
    noun: 'customer (e-mail|name)',
    before: `SELECT DISTINCT ON (lower(btrim(customer_email))) lower(btrim(customer_email)) || '|' || btrim(customer_name)
FROM orders ORDER BY lower(btrim(customer_email)), placed_at DESC, order_ref DESC`,
    after: "SELECT email || '|' || name FROM customers",
  },
  {
    id: 'data-products',
    category: 'persistence',
    description: 'Every product is kept with its title, price and tags',
    points: 3,
    kind: 'same-facts',
    noun: 'product (sku|title|price in cents|tags)',
    before: `SELECT btrim(p.sku) || '|' || btrim(p.title) || '|' || ${cents('p.price')} || '|' || coalesce((
  SELECT string_agg(DISTINCT lower(btrim(t)), ',' ORDER BY lower(btrim(t)))
  FROM unnest(string_to_array(p.tags, ',')) AS t WHERE btrim(t) <> ''), '')
FROM products AS p`,
    after: `SELECT p.sku || '|' || p.title || '|' || p.price_cents || '|' || coalesce((
  SELECT string_agg(t.name, ',' ORDER BY t.name)
  FROM product_tags AS pt JOIN tags AS t ON t.id = pt.tag_id WHERE pt.product_id = p.id), '')
FROM products AS p`,
  },
  {
    id: 'data-orders',
    category: 'persistence',
    description: 'Every order is kept with its customer, time and status',
    points: 3,
    kind: 'same-facts',
    noun: 'order (ref|e-mail|time UTC|status)',
    before: `SELECT btrim(order_ref) || '|' || lower(btrim(customer_email)) || '|' || to_char(placed_at, 'YYYY-MM-DD HH24:MI:SS') || '|' || lower(btrim(status))
FROM orders`,
    after: `SELECT o.ref || '|' || c.email || '|' || to_char(o.placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '|' || o.status
FROM orders AS o JOIN customers AS c ON c.id = o.customer_id`,
  },
  {
    id: 'data-order-lines',
    category: 'persistence',
    description: 'Every order line is kept with its product, quantity and price paid',
    points: 3,
    kind: 'same-facts',
    noun: 'order line (ref|sku|quantity|unit price in cents)',
    before: `SELECT btrim(order_ref) || '|' || btrim(sku) || '|' || quantity || '|' || ${cents('unit_price')} FROM order_items`,
    after: `SELECT o.ref || '|' || p.sku || '|' || i.quantity || '|' || i.unit_price_cents
FROM order_items AS i JOIN orders AS o ON o.id = i.order_id JOIN products AS p ON p.id = i.product_id`,
  },
  {
    id: 'data-customer-value',
    category: 'persistence',
    description: "Each customer's total order value is unchanged",
    points: 2,
    kind: 'same-facts',
    noun: 'customer total (e-mail|cents)',
    before: `SELECT lower(btrim(o.customer_email)) || '|' || sum(i.quantity * ${cents('i.unit_price')})
FROM orders AS o JOIN order_items AS i ON btrim(i.order_ref) = btrim(o.order_ref) GROUP BY lower(btrim(o.customer_email))`,
    after: `SELECT c.email || '|' || sum(i.quantity * i.unit_price_cents)
FROM customers AS c JOIN orders AS o ON o.customer_id = c.id JOIN order_items AS i ON i.order_id = o.id GROUP BY c.email`,
  },
  // ——— the application's queries: same answers, with an index ———
  ...queryChecks(),
];

function queryChecks(): SchemaCheck[] {
  const queries: { id: string; title: string; before: string; after: string; indexed: boolean }[] = [
    {
      id: 'account-page',
      title: "a customer's ten most recent orders",
      before: `SELECT order_ref, placed_at AT TIME ZONE 'UTC', lower(btrim(status)) FROM orders
WHERE lower(btrim(customer_email)) = 'david.smith3@example.com' ORDER BY placed_at DESC, order_ref DESC LIMIT 10`,
      after: `SELECT o.ref, o.placed_at, o.status
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
WHERE c.email = 'david.smith3@example.com'
ORDER BY o.placed_at DESC, o.ref DESC
LIMIT 10`,
      indexed: true,
    },
    {
      id: 'order-page',
      title: 'the lines of one order',
      before: `SELECT i.sku, p.title, i.quantity, ${cents('i.unit_price')}
FROM order_items AS i JOIN products AS p ON p.sku = i.sku WHERE i.order_ref = 'ORD-004242' ORDER BY i.sku`,
      after: `SELECT p.sku, p.title, i.quantity, i.unit_price_cents
FROM orders AS o
JOIN order_items AS i ON i.order_id = o.id
JOIN products AS p ON p.id = i.product_id
WHERE o.ref = 'ORD-004242'
ORDER BY p.sku`,
      indexed: true,
    },
    {
      id: 'daily-report',
      title: 'the orders and revenue of one day',
      before: `SELECT count(DISTINCT o.order_ref), coalesce(sum(i.quantity * ${cents('i.unit_price')}), 0)::bigint
FROM orders AS o JOIN order_items AS i ON i.order_ref = o.order_ref
WHERE o.placed_at >= '2024-03-14' AND o.placed_at < '2024-03-15' AND lower(btrim(o.status)) <> 'cancelled'`,
      after: `SELECT count(DISTINCT o.id) AS orders, coalesce(sum(i.quantity * i.unit_price_cents), 0) AS revenue_cents
FROM orders AS o
JOIN order_items AS i ON i.order_id = o.id
WHERE o.placed_at >= '2024-03-14 00:00:00+00' AND o.placed_at < '2024-03-15 00:00:00+00'
  AND o.status <> 'cancelled'`,
      indexed: true,
    },
    {
      id: 'product-sales',
      title: 'the units sold of one product',
      before: "SELECT coalesce(sum(quantity), 0) FROM order_items WHERE sku = 'SKU-00042'",
      after: `SELECT coalesce(sum(i.quantity), 0) AS units_sold
FROM order_items AS i
JOIN products AS p ON p.id = i.product_id
WHERE p.sku = 'SKU-00042'`,
      indexed: true,
    },
    {
      id: 'tag-catalogue',
      title: 'the products with a tag',
      before: `SELECT p.sku, p.title, ${cents('p.price')} FROM products AS p
WHERE EXISTS (SELECT 1 FROM unnest(string_to_array(p.tags, ',')) AS t WHERE lower(btrim(t)) = 'garden') ORDER BY p.sku`,
      after: `SELECT p.sku, p.title, p.price_cents
FROM products AS p
JOIN product_tags AS pt ON pt.product_id = p.id
JOIN tags AS t ON t.id = pt.tag_id
WHERE t.name = 'garden'
ORDER BY p.sku`,
      indexed: false,
    },
  ];
  return queries.flatMap((query, index): SchemaCheck[] => [
    {
      id: `query-${query.id}`,
      category: 'correctness',
      description: `Query ${index + 1} (${query.title}) runs and gives the same answer as the legacy data`,
      points: 2,
      kind: 'same-answer',
      before: query.before,
      after: query.after,
    },
    ...(query.indexed
      ? [
          {
            id: `index-${query.id}`,
            category: 'performance',
            description: `Query ${index + 1} (${query.title}) uses indexes instead of reading a large table whole`,
            points: 2,
            kind: 'uses-index',
            sql: query.after,
          } satisfies SchemaCheck,
        ]
      : []),
  ]);
}
