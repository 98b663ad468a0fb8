// The login-system exercise is consistent: registered, its checks parse and name the brief's rules, and its
// planted bugs name existing checks. (Grading in the sandbox: login-system.api.test.ts.)
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildStarterArchive, readBrief } from '../exercise.ts';
import { findExercise } from '../index.ts';
import { plantedBugs } from './__fixtures__/planted-bugs.ts';
import { loginSystemExercise } from './index.ts';

describe('the login-system exercise', () => {
  it('is registered, and its checks cover security, validation, errors and persistence', () => {
    expect(findExercise('login-system')).toBe(loginSystemExercise);
    const categories = new Set(loginSystemExercise.checks.map((check) => check.category));
    expect([...categories].sort()).toEqual([
      'correctness',
      'errors',
      'persistence',
      'security',
      'validation',
    ]);
    expect(loginSystemExercise.checks.length).toBeGreaterThanOrEqual(20);
  });

  it('looks into DATA_DIR once, and restarts only for the persistence check', () => {
    const scanning = loginSystemExercise.checks.filter((check) => check.steps.some((step) => step.dataDir));
    expect(scanning.map((check) => check.id)).toEqual(['password-not-stored']);
    expect(scanning[0]!.steps[0]!.dataDir?.encodings).toEqual(['base64', 'md5', 'sha1', 'sha256', 'sha512']);
    const restarting = loginSystemExercise.checks.filter(
      (check) => check.restartBefore || check.resetDataBefore,
    );
    expect(restarting.map((check) => check.id)).toEqual(['accounts-survive-restart']);
  });

  it('has a brief stating the contract the checks test', () => {
    const brief = readBrief(loginSystemExercise);
    for (const phrase of [
      '`PORT`',
      '`DATA_DIR`',
      'POST /register',
      'POST /login',
      'GET /me',
      'POST /logout',
      '10 to 128 characters',
      'at least 22 characters',
      '5 failed logins for the same address within 15 minutes',
      '`429`',
      '`409`',
      'the same `401` with the same body',
      'Sessions and the lockout counts **do not** need to survive a restart',
    ]) {
      expect(brief, phrase).toContain(phrase);
    }
  });

  it('names only existing checks in the planted bugs', () => {
    const ids = new Set(loginSystemExercise.checks.map((check) => check.id));
    for (const bug of plantedBugs)
      for (const id of bug.failingChecks) expect(ids.has(id), `${bug.name}: ${id}`).toBe(true);
  });

  it('builds a starter archive with one top-level folder', () => {
    const files = unzipSync(buildStarterArchive(loginSystemExercise));
    expect(Object.keys(files).sort()).toEqual([
      'login-system/.gitignore',
      'login-system/README.md',
      'login-system/hirebench.json',
    ]);
  });
});
