// HTTP routing: parse, validate, call the store, answer JSON. Every error becomes a JSON {"error": …}.
import { listQuery, taskFields, ValidationError } from './validate.js';

const maxBodyBytes = 1024 * 1024;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function send(response, status, payload) {
  if (payload === undefined) {
    response.writeHead(status);
    response.end();
    return;
  }
  const body = JSON.stringify(payload);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

async function readJson(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size <= maxBodyBytes) chunks.push(chunk);
  }
  if (size > maxBodyBytes) throw new HttpError(413, 'the body is larger than 1 MB');
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ValidationError('the body is not valid JSON');
  }
}

function taskId(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

async function route(request, response, store) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const segments = url.pathname.split('/').filter(Boolean);
  const method = request.method ?? 'GET';

  if (segments.length === 1 && segments[0] === 'health') {
    if (method !== 'GET') throw new HttpError(405, 'use GET');
    return send(response, 200, { status: 'ok' });
  }
  if (segments[0] !== 'tasks' || segments.length > 2) throw new HttpError(404, 'no such route');

  if (segments.length === 1) {
    if (method === 'GET') return send(response, 200, store.list(listQuery(url.searchParams)));
    if (method === 'POST') {
      const fields = taskFields(await readJson(request), { partial: false });
      return send(response, 201, await store.create(fields));
    }
    throw new HttpError(405, 'use GET or POST');
  }

  const id = taskId(segments[1]);
  if (method === 'GET') {
    const task = id === undefined ? undefined : store.get(id);
    if (!task) throw new HttpError(404, 'no task with this id');
    return send(response, 200, task);
  }
  if (method === 'PATCH') {
    const body = await readJson(request);
    if (id === undefined || !store.get(id)) throw new HttpError(404, 'no task with this id');
    const updated = await store.update(id, taskFields(body, { partial: true }));
    return send(response, 200, updated);
  }
  if (method === 'DELETE') {
    if (id === undefined || !(await store.delete(id))) throw new HttpError(404, 'no task with this id');
    return send(response, 204);
  }
  throw new HttpError(405, 'use GET, PATCH or DELETE');
}

export function createHandler(store) {
  return (request, response) => {
    route(request, response, store).catch((error) => {
      if (error instanceof ValidationError) return send(response, 400, { error: error.message });
      if (error instanceof HttpError) return send(response, error.status, { error: error.message });
      console.error(error);
      send(response, 500, { error: 'something went wrong on our side' });
    });
  };
}
