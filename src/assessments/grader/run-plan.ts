// How to start a submission and run its tests: hirebench.json when present, else the documented defaults.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const submissionConfigSchema = z.object({
  start: z.string().trim().min(1, 'start must be a shell command').max(2000),
  test: z.string().trim().min(1).max(2000).optional(),
});

export type RunPlan = {
  start: string;
  test: string | null;
  /** Where the start command came from, for the report. */
  source: 'hirebench.json' | 'package.json' | 'index.js' | 'main.py';
};

export type RunPlanOutcome = { ok: true; plan: RunPlan } | { ok: false; reason: string };

/** npm init's placeholder: a test script that only says there are none. */
const npmPlaceholder = /no test specified/;

export type SubmissionRootFiles = {
  hirebenchJson?: string;
  packageJson?: string;
  hasIndexJs: boolean;
  hasMainPy: boolean;
};

function npmScripts(packageJson: string | undefined): Record<string, unknown> {
  if (packageJson === undefined) return {};
  try {
    const parsed = JSON.parse(packageJson) as { scripts?: unknown };
    return typeof parsed.scripts === 'object' && parsed.scripts !== null
      ? (parsed.scripts as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Pure: the plan from the files at the submission's root. */
export function resolveRunPlan(files: SubmissionRootFiles): RunPlanOutcome {
  const scripts = npmScripts(files.packageJson);
  const npmTest =
    typeof scripts.test === 'string' && scripts.test.trim() && !npmPlaceholder.test(scripts.test)
      ? 'npm test'
      : null;
  if (files.hirebenchJson !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(files.hirebenchJson);
    } catch (error) {
      return { ok: false, reason: `hirebench.json is not valid JSON (${(error as Error).message})` };
    }
    const parsed = submissionConfigSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'hirebench.json'}: ${issue.message}`,
      );
      return { ok: false, reason: `hirebench.json is not valid: ${problems.join('; ')}` };
    }
    return {
      ok: true,
      plan: { start: parsed.data.start, test: parsed.data.test ?? null, source: 'hirebench.json' },
    };
  }
  if (typeof scripts.start === 'string' && scripts.start.trim()) {
    return { ok: true, plan: { start: 'npm start', test: npmTest, source: 'package.json' } };
  }
  if (files.hasIndexJs)
    return { ok: true, plan: { start: 'node index.js', test: npmTest, source: 'index.js' } };
  if (files.hasMainPy) return { ok: true, plan: { start: 'python3 main.py', test: null, source: 'main.py' } };
  return {
    ok: false,
    reason:
      'there is no start command: add hirebench.json with {"start": "…"}, a package.json with a start script, an index.js or a main.py at the root',
  };
}

// A regular file at the root, never through a link, and small.
function readRootFile(dir: string, name: string, maxBytes = 256 * 1024): string | undefined {
  let fd: number;
  try {
    fd = openSync(join(dir, name), constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > maxBytes) return undefined;
    const buffer = Buffer.alloc(stats.size);
    const read = readSync(fd, buffer, 0, stats.size, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The plan for an unpacked submission directory. */
export function readRunPlan(dir: string): RunPlanOutcome {
  return resolveRunPlan({
    hirebenchJson: readRootFile(dir, 'hirebench.json'),
    packageJson: readRootFile(dir, 'package.json'),
    hasIndexJs: readRootFile(dir, 'index.js', 50 * 1024 * 1024) !== undefined,
    hasMainPy: readRootFile(dir, 'main.py', 50 * 1024 * 1024) !== undefined,
  });
}
