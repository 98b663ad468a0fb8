// An exercise: the brief the candidate reads, the starter they download, and the hidden checks the grader runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import type { Check } from '../grader/checks.ts';
import type { OpenApiSuite } from '../grader/openapi/openapi-checks.ts';
import type { PostmanSuite } from '../grader/postman/postman-collection.ts';
import type { SchemaGrading } from '../grader/schema/schema-grading.ts';
import type { Rubric } from './rubric.ts';

type ExerciseBase = {
  id: string;
  title: string;
  /** One sentence for lists. */
  summary: string;
  /** Suggested time; the portal's deadline is set per invitation. */
  timeLimitMinutes: number;
  /** The brief, Markdown. */
  briefFile: string;
  /** The folder handed to the candidate as the starter archive. */
  starterDir: string;
  orgId?: undefined;
};

/**
 * The candidate's service runs in the sandbox and the hidden checks talk to it over HTTP. An organisation's
 * exercise may instead bring a Postman collection (run by newman in a sandbox of its own; `checks` then lists
 * what it tests, for counts and for "not run" lines) or an OpenAPI document every response is validated against.
 */
type ServiceChecks = {
  kind: 'service';
  checks: readonly Check[];
  postman?: PostmanSuite;
  openapi?: OpenApiSuite;
};

export type ServiceExercise = ExerciseBase & ServiceChecks;

/** An organisation's own service exercise: its brief and starter live in the database (see org-exercises/). */
export type OwnExercise = Omit<ExerciseBase, 'briefFile' | 'starterDir' | 'orgId'> &
  ServiceChecks & {
    /** The brief, Markdown. */
    brief: string;
    /** The starter archive as uploaded (a zip), or null: then the candidate gets the brief as README.md. */
    starterZip: Uint8Array | null;
    /** The organisation that made it: it resolves there only. */
    orgId: string;
  };

/** What the grader runs as a service: a shipped one or an organisation's own. */
export type RunnableExercise = ServiceExercise | OwnExercise;

/** The candidate hands in a migration; the grader applies it to a scratch database and inspects the result. */
export type SchemaExercise = ExerciseBase & { kind: 'schema'; grading: SchemaGrading };
/** Nothing runs: reviewers score the hand-in against a rubric. */
export type RubricExercise = ExerciseBase & { kind: 'rubric'; rubric: Rubric };

export type Exercise = ServiceExercise | SchemaExercise | RubricExercise | OwnExercise;

export function readBrief(exercise: Exercise): string {
  return 'brief' in exercise ? exercise.brief : readFileSync(exercise.briefFile, 'utf8');
}

const starterTextLimit = 2 * 1024 * 1024;

/** The starter's files by relative path. */
export function starterFiles(exercise: Exercise): Record<string, string> {
  const files: Record<string, string> = {};
  if (!('starterDir' in exercise)) {
    if (!exercise.starterZip) return { 'README.md': exercise.brief };
    // Only what could be text and is small: these feed the "how much is the starter" signals.
    let total = 0;
    const entries = unzipSync(exercise.starterZip, {
      filter: (file) => {
        if (file.name.endsWith('/')) return false;
        total += file.originalSize;
        return total <= starterTextLimit;
      },
    });
    for (const [path, bytes] of Object.entries(entries)) files[path] = strFromU8(bytes);
    return files;
  }
  const pending = [exercise.starterDir];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files[relative(exercise.starterDir, path)] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

/** The starter as a zip with one top-level folder named after the exercise. */
export function buildStarterArchive(exercise: Exercise): Uint8Array {
  if ('starterZip' in exercise && exercise.starterZip) return exercise.starterZip;
  const entries = Object.fromEntries(
    Object.entries(starterFiles(exercise)).map(([path, text]) => [
      `${exercise.id}/${path}`,
      [Buffer.from(text), { mtime: new Date('2026-01-01T00:00:00Z') }] as const,
    ]),
  );
  return zipSync(entries as never);
}
