// Routing: find the user from the bearer token, call the use case, answer JSON.
import { randomUUID } from 'node:crypto';
import { countQueries } from './db.js';
import { HttpError, readJson, send } from './http.js';
import { cancelOrder, createOrder, getOrder, listOrders } from './orders.js';

async function authenticate(db, request) {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  const user = match ? await db.findOne('users', { token: match[1] }) : undefined;
  if (!user) throw new HttpError(401, 'sign in: send Authorization: Bearer <token>');
  return user;
}

const newOrderId = () => `ord-${randomUUID()}`;

function orderIdFrom(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(404, 'there is no such order');
  }
}

async function route(db, request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const path = url.pathname;

  if (path === '/health') return send(response, 200, { status: 'ok' });

  const user = await authenticate(db, request);
  if (path === '/me' && method === 'GET')
    return send(response, 200, { id: user.id, name: user.name, email: user.email });
  if (path === '/products' && method === 'GET')
    return send(response, 200, { items: await db.find('products', {}, { orderBy: [['name', 'asc']] }) });
  if (path === '/orders' && method === 'GET')
    return send(response, 200, await listOrders(db, user, url.searchParams));
  if (path === '/orders' && method === 'POST')
    return send(response, 201, await createOrder(db, user, await readJson(request), newOrderId));

  const order = /^\/orders\/([^/]+)(\/cancel)?$/.exec(path);
  if (order && !order[2] && method === 'GET')
    return send(response, 200, await getOrder(db, user, orderIdFrom(order[1])));
  if (order?.[2] && method === 'POST')
    return send(response, 200, await cancelOrder(db, user, orderIdFrom(order[1])));
  throw new HttpError(404, 'no such endpoint');
}

export function createHandler(db) {
  return (request, response) =>
    countQueries(() =>
      route(db, request, response).catch((error) => {
        if (error instanceof HttpError) return send(response, error.status, { error: error.message });
        console.error(error);
        send(response, 500, { error: 'internal error' });
      }),
    );
}
