// An exercise: the brief the candidate reads, the starter they download, and the hidden checks the grader runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { Check } from '../grader/checks.ts';
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
};

/** The candidate's service runs in the sandbox and the hidden checks talk to it over HTTP. */
export type ServiceExercise = ExerciseBase & { kind: 'service'; checks: readonly Check[] };
/** The candidate hands in a migration; the grader applies it to a scratch database and inspects the result. */
export type SchemaExercise = ExerciseBase & { kind: 'schema'; grading: SchemaGrading };
/** Nothing runs: reviewers score the hand-in against a rubric. */
export type RubricExercise = ExerciseBase & { kind: 'rubric'; rubric: Rubric };

export type Exercise = ServiceExercise | SchemaExercise | RubricExercise;

export function readBrief(exercise: Exercise): string {
  return readFileSync(exercise.briefFile, 'utf8');
}

/** The starter's files by relative path. */
export function starterFiles(exercise: Exercise): Record<string, string> {
  const files: Record<string, string> = {};
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
  const entries = Object.fromEntries(
    Object.entries(starterFiles(exercise)).map(([path, text]) => [
      `${exercise.id}/${path}`,
      [Buffer.from(text), { mtime: new Date('2026-01-01T00:00:00Z') }] as const,
    ]),
  );
  return zipSync(entries as never);
}
