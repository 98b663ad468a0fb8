-- The queries the shop's application runs against the NEW schema (see README.md). Your migration must make each
-- of them run, return the same answers the legacy data implies, and use an index on the large tables
-- (customers, orders, order_items) rather than reading them whole. The values are examples: the application
-- runs them with other e-mails, references, days and SKUs.

-- 1. The account page: a customer's ten most recent orders.
SELECT o.ref, o.placed_at, o.status
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
WHERE c.email = 'david.smith3@example.com'
ORDER BY o.placed_at DESC, o.ref DESC
LIMIT 10;

-- 2. The order page: what was in one order.
SELECT p.sku, p.title, i.quantity, i.unit_price_cents
FROM orders AS o
JOIN order_items AS i ON i.order_id = o.id
JOIN products AS p ON p.id = i.product_id
WHERE o.ref = 'ORD-004242'
ORDER BY p.sku;

-- 3. The daily report: orders and revenue of one day (UTC), cancelled orders left out.
SELECT count(DISTINCT o.id) AS orders, coalesce(sum(i.quantity * i.unit_price_cents), 0) AS revenue_cents
FROM orders AS o
JOIN order_items AS i ON i.order_id = o.id
WHERE o.placed_at >= '2024-03-14 00:00:00+00' AND o.placed_at < '2024-03-15 00:00:00+00'
  AND o.status <> 'cancelled';

-- 4. The product page: units sold of one product.
SELECT coalesce(sum(i.quantity), 0) AS units_sold
FROM order_items AS i
JOIN products AS p ON p.id = i.product_id
WHERE p.sku = 'SKU-00042';

-- 5. The catalogue: products with a tag.
SELECT p.sku, p.title, p.price_cents
FROM products AS p
JOIN product_tags AS pt ON pt.product_id = p.id
JOIN tags AS t ON t.id = pt.tag_id
WHERE t.name = 'garden'
ORDER BY p.sku;
