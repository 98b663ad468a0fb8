// HTTP: register, log in, who am I, log out. Every error is JSON {"error": …}; no answer ever holds a password.
import { credentials, email, newPassword, ValidationError } from './validate.js';

const maxBodyBytes = 64 * 1024;
const wrongCredentials = 'the e-mail address or the password is wrong';

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function send(response, status, payload) {
  const body = payload === undefined ? '' : JSON.stringify(payload);
  response.writeHead(status, {
    ...(payload === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(body);
}

async function readJson(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new HttpError(413, 'the body is too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ValidationError('the body is not valid JSON');
  }
}

const bearer = (request) => /^Bearer ([\w-]+)$/.exec(request.headers.authorization ?? '')?.[1];
const presentUser = (user) => ({ id: user.id, email: user.email, createdAt: user.createdAt });

function signedIn(request, { accounts, sessions }) {
  const token = bearer(request);
  const userId = token && sessions.userId(token);
  const user = userId && accounts.byId(userId);
  if (!user) throw new HttpError(401, 'sign in first: send Authorization: Bearer <token>');
  return { token, user };
}

async function route(request, response, services) {
  const { accounts, sessions, lockout } = services;
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const method = request.method ?? 'GET';

  if (path === '/health' && method === 'GET') return send(response, 200, { status: 'ok' });
  if (path === '/register' && method === 'POST') {
    const body = await readJson(request);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new ValidationError('the body must be a JSON object');
    const user = await accounts.register(email(body.email), newPassword(body.password));
    if (!user) throw new HttpError(409, 'an account with this e-mail address exists already');
    return send(response, 201, presentUser(user));
  }
  if (path === '/login' && method === 'POST') {
    const { email: address, password } = credentials(await readJson(request));
    if (lockout.isLocked(address)) throw new HttpError(429, 'too many failed attempts: try again later');
    const user = await accounts.authenticate(address, password);
    if (!user) {
      lockout.failed(address);
      throw new HttpError(401, wrongCredentials);
    }
    lockout.succeeded(address);
    return send(response, 200, { token: sessions.start(user.id) });
  }
  if (path === '/me' && method === 'GET')
    return send(response, 200, presentUser(signedIn(request, services).user));
  if (path === '/logout' && method === 'POST') {
    sessions.end(signedIn(request, services).token);
    return send(response, 204);
  }
  throw new HttpError(404, 'no such endpoint');
}

export function createHandler(services) {
  return (request, response) => {
    route(request, response, services).catch((error) => {
      if (error instanceof ValidationError) return send(response, 400, { error: error.message });
      if (error instanceof HttpError) return send(response, error.status, { error: error.message });
      console.error(error);
      send(response, 500, { error: 'something went wrong on our side' });
    });
  };
}
