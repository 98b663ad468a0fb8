// The four bugs of the fix-the-endpoint starter, each with the exact edit that fixes it. The fixed reference
// solution is the starter with all four fixes applied plus fixed-extras/ (a test per bug and the note a good
// candidate would write), so the starter and its fixes cannot drift apart. `failingChecks` are the hidden checks a
// service with that bug fails; a variant with some bugs left fails exactly the union of theirs.
import { fileURLToPath } from 'node:url';
import { type TextEdit, writeVariant } from '../../variants.ts';
import { fixTheEndpointExercise } from '../index.ts';

const extrasDir = fileURLToPath(new URL('./fixed-extras/', import.meta.url));

export type StarterBug = { name: string; bug: string; fix: TextEdit[]; failingChecks: string[] };

export const starterBugs: StarterBug[] = [
  {
    name: 'pagination',
    bug: 'pages count from 1 but page 1 skips the first perPage orders',
    fix: [{ file: 'src/orders.js', find: 'offset: page * perPage', replace: 'offset: (page - 1) * perPage' }],
    failingChecks: ['list-first-page', 'list-later-pages', 'list-page-size', 'list-few-orders'],
  },
  {
    name: 'n-plus-one',
    bug: 'the list fetches the lines of each order, then the product of each line, one query at a time',
    fix: [
      {
        file: 'src/orders.js',
        find: `/** The orders with their lines and the names of their products. */
async function withLines(db, orders) {
  const result = [];
  for (const order of orders) {
    const lines = await db.find('orderLines', { orderId: order.id }, { orderBy: [['position', 'asc']] });
    const productNames = new Map();
    for (const line of lines) {
      const product = await db.findOne('products', { id: line.productId });
      productNames.set(product.id, product.name);
    }
    result.push(present(order, lines, productNames));
  }
  return result;
}`,
        replace: `/** The orders with their lines and the names of their products, in two queries however many there are. */
async function withLines(db, orders) {
  const lines = await db.find(
    'orderLines',
    { orderId: orders.map((order) => order.id) },
    { orderBy: [['position', 'asc']] },
  );
  const products = await db.find('products', { id: [...new Set(lines.map((line) => line.productId))] });
  const productNames = new Map(products.map((product) => [product.id, product.name]));
  return orders.map((order) =>
    present(
      order,
      lines.filter((line) => line.orderId === order.id),
      productNames,
    ),
  );
}`,
      },
    ],
    failingChecks: ['list-few-queries'],
  },
  {
    name: 'missing-owner-check',
    bug: "anyone can cancel anyone's order",
    fix: [
      {
        file: 'src/orders.js',
        find: `export async function cancelOrder(db, user, id) {
  const order = await db.findOne('orders', { id });`,
        replace: `export async function cancelOrder(db, user, id) {
  const order = await db.findOne('orders', { id, userId: user.id });`,
      },
    ],
    failingChecks: ['cancel-others-order'],
  },
  {
    name: 'unknown-product-500',
    bug: 'an unknown product id crashes the handler (500)',
    fix: [
      {
        file: 'src/orders.js',
        find: '    const product = products.find((candidate) => candidate.id === line.productId);\n',
        replace: `    const product = products.find((candidate) => candidate.id === line.productId);
    if (!product)
      throw new HttpError(400, \`lines[\${index}].productId: there is no product \${line.productId}\`);
`,
      },
    ],
    failingChecks: ['place-order-unknown-product', 'place-order-unknown-product-creates-nothing'],
  },
];

/**
 * The starter with these bugs fixed. With all four it is the reference solution, with its tests and note (and the
 * starter's hirebench.json); with fewer it is a variant graded for the checks only.
 */
export function writeWithFixes(fixed: readonly StarterBug[], target: string): string {
  const complete = fixed.length === starterBugs.length;
  return writeVariant({
    from: fixTheEndpointExercise.starterDir,
    target,
    edits: fixed.flatMap((bug) => bug.fix),
    label: fixed.map((bug) => bug.name).join('+') || 'starter',
    ...(complete ? { add: extrasDir } : { runPlan: { start: 'node src/server.js' } }),
  });
}
