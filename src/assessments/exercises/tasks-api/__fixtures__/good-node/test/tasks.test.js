import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createHandler } from '../src/app.js';
import { TaskStore } from '../src/store.js';
import { isCalendarDate, listQuery, taskFields } from '../src/validate.js';

describe('validation', () => {
  test('trims the title and applies the defaults', () => {
    assert.deepEqual(taskFields({ title: '  Buy milk ', extra: 1 }, { partial: false }), {
      title: 'Buy milk',
      description: null,
      priority: 'medium',
      dueDate: null,
    });
  });

  test('counts characters, not bytes', () => {
    assert.equal(taskFields({ title: 'é'.repeat(200) }, { partial: false }).title.length, 200);
    assert.throws(() => taskFields({ title: 'é'.repeat(201) }, { partial: false }));
  });

  test('knows real calendar dates', () => {
    assert.equal(isCalendarDate('2028-02-29'), true);
    assert.equal(isCalendarDate('2026-02-30'), false);
    assert.equal(isCalendarDate('2026-3-5'), false);
  });

  test('refuses list parameters out of range', () => {
    for (const query of ['limit=0', 'limit=101', 'offset=-1', 'done=yes', 'priority=urgent']) {
      assert.throws(() => listQuery(new URLSearchParams(query)), query);
    }
    assert.deepEqual(listQuery(new URLSearchParams('')), { limit: 20, offset: 0 });
  });
});

describe('HTTP API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tasks-test-'));
  let server;
  let base;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  before(async () => {
    const store = new TaskStore(dataDir);
    store.load();
    server = createServer(createHandler(store));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('creates, reads, changes and deletes a task', async () => {
    const created = await call('POST', '/tasks', { title: 'Write tests' });
    assert.equal(created.status, 201);
    assert.equal(created.body.done, false);
    const id = created.body.id;
    assert.equal((await call('GET', `/tasks/${id}`)).body.title, 'Write tests');
    assert.equal((await call('PATCH', `/tasks/${id}`, { done: true })).body.done, true);
    assert.equal((await call('DELETE', `/tasks/${id}`)).status, 204);
    assert.equal((await call('GET', `/tasks/${id}`)).status, 404);
  });

  test('answers 400 to invalid JSON and invalid fields', async () => {
    assert.equal((await call('POST', '/tasks', '{"title":')).status, 400);
    assert.equal((await call('POST', '/tasks', { title: ' ' })).status, 400);
  });

  test('keeps every one of 50 concurrent creations, on disk too', async () => {
    const before = (await call('GET', '/tasks')).body.total;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => call('POST', '/tasks', { title: 'many' })),
    );
    assert.equal(new Set(results.map((result) => result.body.id)).size, 50);
    const reloaded = new TaskStore(dataDir);
    reloaded.load();
    assert.equal(reloaded.list({ limit: 100, offset: 0 }).total, before + 50);
  });
});
