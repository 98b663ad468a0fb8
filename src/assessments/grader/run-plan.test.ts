import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunPlan, resolveRunPlan } from './run-plan.ts';

const none = { hasIndexJs: false, hasMainPy: false };

describe('resolveRunPlan', () => {
  it('takes hirebench.json first', () => {
    expect(
      resolveRunPlan({ ...none, hirebenchJson: '{"start": " node src/server.js ", "test": "node --test"}' }),
    ).toEqual({
      ok: true,
      plan: { start: 'node src/server.js', test: 'node --test', source: 'hirebench.json' },
    });
  });

  it('explains an invalid hirebench.json', () => {
    expect(resolveRunPlan({ ...none, hirebenchJson: '{start: node}' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^hirebench.json is not valid JSON/),
    });
    expect(resolveRunPlan({ ...none, hirebenchJson: '{"start": ""}' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('start must be a shell command'),
    });
  });

  it('falls back to npm start, node index.js, python3 main.py', () => {
    const packageJson = JSON.stringify({ scripts: { start: 'node app.js', test: 'vitest run' } });
    expect(resolveRunPlan({ ...none, packageJson })).toEqual({
      ok: true,
      plan: { start: 'npm start', test: 'npm test', source: 'package.json' },
    });
    const placeholder = JSON.stringify({ scripts: { test: 'echo "Error: no test specified" && exit 1' } });
    expect(resolveRunPlan({ packageJson: placeholder, hasIndexJs: true, hasMainPy: true })).toEqual({
      ok: true,
      plan: { start: 'node index.js', test: null, source: 'index.js' },
    });
    expect(resolveRunPlan({ ...none, hasMainPy: true })).toMatchObject({
      plan: { start: 'python3 main.py' },
    });
    expect(resolveRunPlan(none)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^there is no start command/),
    });
  });
});

describe('readRunPlan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hirebench-run-plan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never follows a link at the root', () => {
    symlinkSync('/etc/hostname', join(dir, 'hirebench.json'));
    writeFileSync(join(dir, 'main.py'), 'print(1)');
    expect(readRunPlan(dir)).toMatchObject({ ok: true, plan: { source: 'main.py' } });
  });
});
