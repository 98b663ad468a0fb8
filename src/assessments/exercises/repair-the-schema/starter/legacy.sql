-- The shop's database as it is today: three tables, no keys, no constraints, and a generated data set that is
-- the same every time (5,000 products, 100,000 orders from about 20,000 customers, about 250,000 order lines).
-- The grader loads exactly this file into an empty database before it applies your migration.
--
--   createdb shop && psql -v ON_ERROR_STOP=1 -d shop -f legacy.sql

CREATE TABLE products (
  sku   text,
  title text,
  price text,  -- e.g. '12.50', '$12.50', ' 12.50 ', '12.5', '12'
  tags  text   -- comma-separated, e.g. 'garden, Outdoor,tools' (or NULL, or '')
);

CREATE TABLE orders (
  order_ref      text,       -- e.g. 'ORD-000042'
  customer_email text,       -- the same person is spelled with different case and spaces on different orders
  customer_name  text,       -- as typed on that order
  placed_at      timestamp,  -- UTC
  status         text        -- pending, paid, shipped or cancelled, in any case, sometimes with spaces
);

CREATE TABLE order_items (
  order_ref  text,
  sku        text,
  quantity   integer,
  unit_price text  -- the price paid per unit, written like products.price
);

INSERT INTO products (sku, title, price, tags)
SELECT
  'SKU-' || lpad(g::text, 5, '0'),
  (ARRAY['Classic', 'Compact', 'Deluxe', 'Rugged', 'Slim', 'Smart', 'Solid', 'Travel', 'Vintage', 'Quiet',
         'Bright', 'Sturdy'])[1 + g % 12] || ' ' ||
  (ARRAY['oak', 'steel', 'linen', 'bamboo', 'cotton', 'copper', 'glass', 'wool'])[1 + (g / 12) % 8] || ' ' ||
  (ARRAY['lamp', 'kettle', 'chair', 'backpack', 'blanket', 'mug', 'shelf', 'rug', 'clock', 'planter',
         'toolbox', 'jacket', 'speaker', 'notebook', 'tent', 'bottle', 'pan', 'desk', 'basket', 'scarf'])[1 + (g / 96) % 20],
  CASE g % 5
    WHEN 0 THEN '$' || (cents / 100.0)::numeric(10, 2)
    WHEN 1 THEN ' ' || (cents / 100.0)::numeric(10, 2) || ' '
    WHEN 2 THEN trim_scale((cents / 100.0)::numeric)::text
    ELSE (cents / 100.0)::numeric(10, 2)::text
  END,
  CASE g % 6
    WHEN 0 THEN NULL
    WHEN 1 THEN ''
    WHEN 2 THEN t1
    WHEN 3 THEN t1 || ', ' || upper(t2)
    WHEN 4 THEN initcap(t1) || ',' || t2 || ' , ' || t3 || ','
    ELSE t1 || ',' || t1
  END
FROM generate_series(1, 5000) AS g,
  LATERAL (SELECT 150 + (g * 7919) % 24851 AS cents) AS price,
  LATERAL (
    SELECT tag[1 + (g / 6) % 24] AS t1, tag[1 + (g * 7) % 24] AS t2, tag[1 + (g / 6 * 13) % 24] AS t3
    FROM (SELECT ARRAY['garden', 'kitchen', 'outdoor', 'office', 'gift', 'eco', 'travel', 'kids', 'bath',
                       'storage', 'lighting', 'textile', 'audio', 'camping', 'decor', 'tools', 'winter',
                       'summer', 'sale', 'new', 'handmade', 'premium', 'pets', 'fitness'] AS tag) AS tags
  ) AS picked;

INSERT INTO orders (order_ref, customer_email, customer_name, placed_at, status)
SELECT
  'ORD-' || lpad(g::text, 6, '0'),
  CASE g % 10
    WHEN 0 THEN upper(email)
    WHEN 1 THEN ' ' || email
    WHEN 2 THEN initcap(email) || ' '
    ELSE email
  END,
  CASE
    WHEN g % 9 = 0 THEN '  ' || first || ' ' || last
    -- Some people changed their surname during the year: older orders carry the old one.
    WHEN k % 3 = 0 AND g < 60000 THEN first || ' ' || (ARRAY['Berg', 'Costa', 'Dahl', 'Ionescu', 'Kowalski'])[1 + k % 5]
    ELSE first || ' ' || last
  END,
  timestamp '2024-01-01 00:00:00' + ((g * 300 + (g * 7919) % 300) * interval '1 second'),
  CASE
    WHEN g % 7 = 0 THEN upper(status)
    WHEN g % 11 = 0 THEN ' ' || status || ' '
    ELSE status
  END
FROM generate_series(1, 100000) AS g,
  LATERAL (SELECT 1 + ((g::bigint * 48271) % 20011) % 20000 AS k) AS customer,
  LATERAL (
    SELECT
      (ARRAY['Anna', 'Ben', 'Chloe', 'David', 'Elif', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Liam',
             'Maya', 'Noah', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tara'])[1 + k % 20] AS first,
      (ARRAY['Smith', 'Novak', 'Garcia', 'Okafor', 'Tanaka', 'Muller', 'Rossi', 'Silva', 'Kim', 'Haddad',
             'Jensen', 'Moreau', 'Nowak', 'Petrov', 'Singh'])[1 + (k / 20) % 15] AS last
  ) AS person,
  LATERAL (SELECT lower(first) || '.' || lower(last) || k || '@example.com' AS email) AS contact,
  LATERAL (
    SELECT CASE
      WHEN g % 50 = 0 THEN 'pending'
      WHEN g % 17 = 0 THEN 'cancelled'
      WHEN g > 98000 THEN 'paid'
      ELSE 'shipped'
    END AS status
  ) AS state;

INSERT INTO order_items (order_ref, sku, quantity, unit_price)
SELECT
  'ORD-' || lpad(g::text, 6, '0'),
  'SKU-' || lpad(p::text, 5, '0'),
  1 + (g + k) % 3,
  CASE (g + k) % 4
    WHEN 0 THEN '$' || (paid / 100.0)::numeric(10, 2)
    WHEN 1 THEN ' ' || (paid / 100.0)::numeric(10, 2)
    WHEN 2 THEN trim_scale((paid / 100.0)::numeric)::text
    ELSE (paid / 100.0)::numeric(10, 2)::text
  END
FROM generate_series(1, 100000) AS g,
  generate_series(1, 4) AS k,
  LATERAL (SELECT 1 + (g * 131 + k * 977) % 5000 AS p) AS product,
  -- The price on the day: the catalogue price, 10% off on every fourth order.
  LATERAL (
    SELECT CASE WHEN g % 4 = 0 THEN round((150 + (p * 7919) % 24851) * 0.9) ELSE 150 + (p * 7919) % 24851 END AS paid
  ) AS price
WHERE k <= 1 + g % 4;
