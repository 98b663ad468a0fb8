// Variants of a reference solution, for the exercises' own tests: a copy of its folder with a few exact text
// edits, so a planted bug stays visible in one place and a variant never drifts from the reference; and grading
// several of them at once in the sandbox.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeSubmission } from '../grader/grade.ts';
import type { GradeReport } from '../grader/report.ts';
import type { Exercise } from './exercise.ts';

export type TextEdit = { file: string; find: string; replace: string };

/** Apply each edit inside `dir`; throws when an edit no longer matches exactly once. */
export function applyEdits(dir: string, edits: readonly TextEdit[], label: string): void {
  for (const edit of edits) {
    const path = join(dir, edit.file);
    const text = readFileSync(path, 'utf8');
    const occurrences = text.split(edit.find).length - 1;
    if (occurrences !== 1)
      throw new Error(`${label}: "${edit.find}" occurs ${occurrences} times in ${edit.file}`);
    writeFileSync(
      path,
      text.replace(edit.find, () => edit.replace),
    );
  }
}

/**
 * Copy `from` to `target` (which must not exist), apply the edits, copy the files of `add` over the result, and
 * optionally write its hirebench.json.
 */
export function writeVariant(options: {
  from: string;
  target: string;
  edits: readonly TextEdit[];
  label: string;
  add?: string;
  runPlan?: { start: string; test?: string };
}): string {
  cpSync(options.from, options.target, { recursive: true });
  applyEdits(options.target, options.edits, options.label);
  if (options.add) cpSync(options.add, options.target, { recursive: true });
  if (options.runPlan) writeFileSync(join(options.target, 'hirebench.json'), JSON.stringify(options.runPlan));
  return options.target;
}

/**
 * Grade several submissions of one exercise, `lanes` at a time (the grader is meant to run two gradings at once
 * on two cores). Resolves once every grading has started; each test then awaits its own report.
 */
export async function gradeInLanes(
  exercise: Exercise,
  cases: readonly { name: string; dir: () => string }[],
  lanes = 2,
): Promise<Map<string, Promise<GradeReport>>> {
  const reports = new Map<string, Promise<GradeReport>>();
  const queue = [...cases];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const report = gradeSubmission({ exercise, submissionPath: next.dir() });
      reports.set(next.name, report);
      await report.catch(() => undefined);
    }
  };
  void Promise.all(Array.from({ length: lanes }, lane));
  while (reports.size < cases.length) await new Promise((resolve) => setTimeout(resolve, 50));
  return reports;
}
