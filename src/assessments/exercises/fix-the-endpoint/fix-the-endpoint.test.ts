// The fix-the-endpoint exercise is consistent: registered, its checks parse, the brief reports every bug as a
// symptom, and every fix applies to the starter. (Grading in the sandbox: fix-the-endpoint.api.test.ts.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStarterArchive, readBrief, starterFiles } from '../exercise.ts';
import { findExercise } from '../index.ts';
import { starterBugs, writeWithFixes } from './__fixtures__/planted-bugs.ts';
import { fixTheEndpointExercise } from './index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-fix-the-endpoint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the fix-the-endpoint exercise', () => {
  it('is registered as a service exercise', () => {
    expect(findExercise('fix-the-endpoint')).toBe(fixTheEndpointExercise);
    expect(fixTheEndpointExercise.checks.length).toBeGreaterThanOrEqual(20);
  });

  it('has a group of checks for each bug, and they name existing checks', () => {
    const ids = new Set(fixTheEndpointExercise.checks.map((check) => check.id));
    expect(starterBugs).toHaveLength(4);
    for (const bug of starterBugs) {
      expect(bug.failingChecks.length).toBeGreaterThan(0);
      for (const id of bug.failingChecks) expect(ids.has(id), `${bug.name}: ${id}`).toBe(true);
    }
    const described = fixTheEndpointExercise.checks.filter((check) => check.description.startsWith('bug '));
    expect(described.map((check) => check.id).sort()).toEqual(
      starterBugs.flatMap((bug) => bug.failingChecks).sort(),
    );
  });

  it('has a starter that each fix applies to exactly once, alone or all together', () => {
    const files = starterFiles(fixTheEndpointExercise);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['API.md', 'src/orders.js', 'seed/users.json', 'test/orders.test.js']),
    );
    expect(JSON.parse(files['hirebench.json']!)).toEqual({
      start: 'node src/server.js',
      test: 'node --test',
    });
    for (const bug of starterBugs) {
      const dir = writeWithFixes([bug], join(scratch, bug.name));
      expect(readFileSync(join(dir, 'src/orders.js'), 'utf8')).not.toBe(files['src/orders.js']);
    }
    const fixed = writeWithFixes(starterBugs, join(scratch, 'fixed'));
    expect(readFileSync(join(fixed, 'NOTES.md'), 'utf8')).toMatch(/four fixes/);
    expect(JSON.parse(readFileSync(join(fixed, 'hirebench.json'), 'utf8'))).toMatchObject({
      test: 'node --test',
    });
  });

  it('has a brief with the four bug reports, as symptoms', () => {
    const brief = readBrief(fixTheEndpointExercise);
    for (const phrase of ['`PORT`', '`DATA_DIR`', 'API.md', 'X-Query-Count', 'NOTES.md', 'Node.js 20']) {
      expect(brief, phrase).toContain(phrase);
    }
    expect(brief.match(/^> \*\*\d\. /gm)).toHaveLength(4);
    expect(brief).not.toMatch(/N\+1|off-by-one|authori[sz]ation check/i);
  });

  it('builds a starter archive with one top-level folder', () => {
    const names = Object.keys(unzipSync(buildStarterArchive(fixTheEndpointExercise)));
    expect(names.every((name) => name.startsWith('fix-the-endpoint/'))).toBe(true);
    expect(names).toContain('fix-the-endpoint/src/db.js');
  });
});
