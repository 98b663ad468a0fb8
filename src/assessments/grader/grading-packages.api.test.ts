// Real take-homes seldom ship node_modules: an Express service with mocha and supertest tests, handed in with
// only its package.json, runs on the curated packages (grader-packages/) mounted at /node_modules; a Flask one
// runs on the Python packages the grading machine provides. Needs root and bubblewrap (see .ci/run).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodNodeDir } from '../exercises/tasks-api/__fixtures__/planted-bugs.ts';
import { gradeSubmission } from './grade.ts';
import type { GradeReport } from './report.ts';
import { checkSandboxSupport, removeIdleSandboxCgroups } from './sandbox.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-packages-test-'));

beforeAll(async () => {
  expect(await checkSandboxSupport()).toEqual({ ok: true });
}, 30_000);

afterAll(async () => {
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
});

function submission(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const passed = (report: GradeReport, id: string) => report.checks.find((check) => check.id === id)?.passed;

// The reference solution's store and validation behind Express routes, as a typical candidate would write it.
const expressApp = `import express from 'express';
import { v4 as uuid } from 'uuid';
import { listQuery, taskFields, ValidationError } from './validate.js';

export function createApp(store) {
  const app = express();
  app.use(express.json({ type: () => true }));
  app.get('/health', (req, res) => res.json({ status: 'ok', id: uuid() }));
  app.get('/tasks', (req, res) => res.json(store.list(listQuery(new URLSearchParams(req.url.split('?')[1] ?? '')))));
  app.post('/tasks', async (req, res, next) => {
    try { res.status(201).json(await store.create(taskFields(req.body, { partial: false }))); } catch (e) { next(e); }
  });
  app.get('/tasks/:id', (req, res) => {
    const task = store.get(req.params.id);
    return task ? res.json(task) : res.status(404).json({ error: 'no task with this id' });
  });
  app.patch('/tasks/:id', async (req, res, next) => {
    try {
      if (!store.get(req.params.id)) return res.status(404).json({ error: 'no task with this id' });
      res.json(await store.update(req.params.id, taskFields(req.body, { partial: true })));
    } catch (e) { next(e); }
  });
  app.delete('/tasks/:id', async (req, res, next) => {
    try { (await store.delete(req.params.id)) ? res.status(204).end() : res.status(404).json({ error: 'no task with this id' }); } catch (e) { next(e); }
  });
  app.use((req, res) => res.status(404).json({ error: 'no such route' }));
  app.use((error, req, res, next) => {
    if (error instanceof ValidationError || error.type === 'entity.parse.failed') return res.status(400).json({ error: error.message });
    res.status(500).json({ error: 'something went wrong' });
  });
  return app;
}
`;

const expressServer = `import { mkdirSync } from 'node:fs';
import { createApp } from './app.js';
import { TaskStore } from './store.js';

const dataDir = process.env.DATA_DIR ?? './data';
mkdirSync(dataDir, { recursive: true });
const store = new TaskStore(dataDir);
store.load();
createApp(store).listen(Number(process.env.PORT ?? 3000));
`;

const mochaTest = `import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app.js';
import { TaskStore } from '../src/store.js';

describe('tasks', () => {
  const app = createApp(new TaskStore(mkdtempSync(join(tmpdir(), 'tasks-'))));
  it('creates a task', async () => {
    const response = await request(app).post('/tasks').send({ title: 'Write tests' });
    assert.equal(response.status, 201);
  });
  it('refuses a task without a title', async () => {
    assert.equal((await request(app).post('/tasks').send({})).status, 400);
  });
});
`;

describe('the curated packages in the sandbox', () => {
  it('runs an Express service and its mocha + supertest tests without a node_modules folder', async () => {
    const dir = submission('express', {
      'package.json': JSON.stringify({
        name: 'tasks',
        type: 'module',
        scripts: { start: 'node src/server.js', test: 'mocha' },
        dependencies: { express: '^4.19.2', uuid: '^9.0.0' },
        devDependencies: { mocha: '^10.4.0', supertest: '^7.0.0' },
      }),
      'src/app.js': expressApp,
      'src/server.js': expressServer,
      'test/tasks.test.js': mochaTest,
    });
    for (const file of ['store.js', 'validate.js'])
      cpSync(join(goodNodeDir, 'src', file), join(dir, 'src', file));

    const report = await gradeSubmission({ exercise: 'tasks-api', submissionPath: dir });
    expect(report.outcome).toBe('checked');
    expect(passed(report, 'health')).toBe(true);
    expect(report.score / report.maxScore).toBeGreaterThan(0.8);
    expect(report.ownTests).toMatchObject({ ran: true, framework: 'mocha', passed: 2, failed: 0 });
  }, 180_000);

  it('runs a Flask service on the Python packages the grading machine provides', async () => {
    const dir = submission('flask', {
      'main.py': [
        'import os',
        'from flask import Flask, jsonify',
        'app = Flask(__name__)',
        "@app.get('/health')",
        'def health():',
        "    return jsonify(status='ok')",
        "app.run(host='127.0.0.1', port=int(os.environ['PORT']))",
        '',
      ].join('\n'),
    });
    const report = await gradeSubmission({ exercise: 'tasks-api', submissionPath: dir });
    expect(report.outcome).toBe('checked');
    expect(passed(report, 'health')).toBe(true);
  }, 180_000);
});
