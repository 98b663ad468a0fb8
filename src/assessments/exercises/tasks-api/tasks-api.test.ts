// The shipped exercise is consistent: its checks parse, cover every category, and its starter unpacks.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkCategories } from '../../grader/checks.ts';
import { buildStarterArchive, readBrief } from '../exercise.ts';
import { findExercise } from '../index.ts';
import { plantedBugs } from './__fixtures__/planted-bugs.ts';
import { tasksApiExercise } from './index.ts';

describe('the tasks-api exercise', () => {
  it('is registered and its hidden checks cover every category', () => {
    expect(findExercise('tasks-api')).toBe(tasksApiExercise);
    const categories = new Set(tasksApiExercise.checks.map((check) => check.category));
    // performance is about database indexes (schema exercises), not measured over HTTP.
    const httpCategories = checkCategories.filter((category) => category !== 'performance');
    expect([...categories].sort()).toEqual([...httpCategories].sort());
    expect(tasksApiExercise.checks.length).toBeGreaterThanOrEqual(60);
  });

  it('runs restarting checks only where the brief says data must survive or counts must be exact', () => {
    const restarting = tasksApiExercise.checks.filter(
      (check) => check.restartBefore || check.resetDataBefore,
    );
    expect(restarting.map((check) => check.id)).toEqual([
      'persist-created-task',
      'list-empty',
      'concurrent-posts',
      'concurrent-posts-persisted',
    ]);
  });

  it('has a brief stating the contract the checks test', () => {
    const brief = readBrief(tasksApiExercise);
    for (const phrase of [
      'hirebench.json',
      '`PORT`',
      '`DATA_DIR`',
      'GET /health',
      'POST /tasks',
      'GET /tasks/{id}',
      'PATCH /tasks/{id}',
      'DELETE /tasks/{id}',
      '1–200 characters after trimming',
      'at most 2000 characters',
      'an integer from 1 to 100; default 20',
      '50 `POST /tasks`',
    ]) {
      expect(brief, phrase).toContain(phrase);
    }
  });

  it('names only existing checks in the planted bugs', () => {
    const ids = new Set(tasksApiExercise.checks.map((check) => check.id));
    for (const bug of plantedBugs)
      for (const id of bug.failingChecks) expect(ids.has(id), `${bug.name}: ${id}`).toBe(true);
  });

  it('builds a starter archive with one top-level folder', () => {
    const files = unzipSync(buildStarterArchive(tasksApiExercise));
    expect(Object.keys(files).sort()).toEqual([
      'tasks-api/.gitignore',
      'tasks-api/README.md',
      'tasks-api/hirebench.json',
    ]);
    expect(JSON.parse(Buffer.from(files['tasks-api/hirebench.json']!).toString())).toEqual({
      start: 'node index.js',
      test: 'node --test',
    });
  });
});
