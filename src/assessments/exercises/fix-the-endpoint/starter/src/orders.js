// Orders: listing a customer's orders page by page, reading one, placing one and cancelling one.
import { HttpError } from './http.js';

const maxPerPage = 50;
const maxLines = 20;
const newestFirst = [
  ['createdAt', 'desc'],
  ['id', 'desc'],
];

function wholeNumber(text, name, { min, max }) {
  if (!/^\d+$/.test(text)) throw new HttpError(400, `${name} must be a whole number`);
  const value = Number(text);
  if (value < min || value > max) throw new HttpError(400, `${name} must be between ${min} and ${max}`);
  return value;
}

function pageQuery(params) {
  return {
    page: wholeNumber(params.get('page') ?? '1', 'page', { min: 1, max: 100_000 }),
    perPage: wholeNumber(params.get('perPage') ?? '10', 'perPage', { min: 1, max: maxPerPage }),
  };
}

function present(order, lines, productNames) {
  return {
    id: order.id,
    status: order.status,
    createdAt: order.createdAt,
    lines: lines.map((line) => ({
      productId: line.productId,
      name: productNames.get(line.productId),
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
    })),
    totalCents: lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0),
  };
}

/** The orders with their lines and the names of their products. */
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
}

export async function listOrders(db, user, params) {
  const { page, perPage } = pageQuery(params);
  const total = await db.count('orders', { userId: user.id });
  const orders = await db.find(
    'orders',
    { userId: user.id },
    { orderBy: newestFirst, limit: perPage, offset: page * perPage },
  );
  return { items: await withLines(db, orders), page, perPage, total };
}

export async function getOrder(db, user, id) {
  const order = await db.findOne('orders', { id, userId: user.id });
  if (!order) throw new HttpError(404, 'there is no such order');
  const [presented] = await withLines(db, [order]);
  return presented;
}

function requestedLines(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'the body must be a JSON object');
  const { lines } = body;
  if (!Array.isArray(lines) || lines.length < 1 || lines.length > maxLines)
    throw new HttpError(400, `lines must be a list of 1 to ${maxLines} items`);
  return lines.map((line, index) => {
    if (typeof line?.productId !== 'string' || line.productId === '')
      throw new HttpError(400, `lines[${index}].productId must be a product id`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 99)
      throw new HttpError(400, `lines[${index}].quantity must be a whole number from 1 to 99`);
    return { productId: line.productId, quantity: line.quantity };
  });
}

export async function createOrder(db, user, body, newId) {
  const requested = requestedLines(body);
  const products = await db.find('products', { id: requested.map((line) => line.productId) });
  const productNames = new Map(products.map((product) => [product.id, product.name]));
  const order = { id: newId(), userId: user.id, status: 'placed', createdAt: new Date().toISOString() };
  const lines = requested.map((line, index) => {
    const product = products.find((candidate) => candidate.id === line.productId);
    return {
      orderId: order.id,
      position: index + 1,
      productId: product.id,
      quantity: line.quantity,
      unitPriceCents: product.priceCents,
    };
  });
  await db.insert('orders', order);
  await db.insert('orderLines', lines);
  return present(order, lines, productNames);
}

export async function cancelOrder(db, user, id) {
  const order = await db.findOne('orders', { id });
  if (!order) throw new HttpError(404, 'there is no such order');
  if (order.status === 'cancelled') throw new HttpError(409, 'the order is already cancelled');
  await db.update('orders', { id }, { status: 'cancelled', cancelledBy: user.id });
  const [presented] = await withLines(db, [{ ...order, status: 'cancelled' }]);
  return presented;
}
