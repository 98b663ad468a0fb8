import type { z } from 'zod';
import { ApiError } from '../../../api/client';
import { type Blueprint, blueprintSchema } from '../../../domain/hiring-domain';

/** Problems keyed by blueprint path, e.g. `{ 'salary.max': 'The maximum must be at least the minimum.' }`. */
export type FieldErrors = Record<string, string>;

export function validateBlueprint(blueprint: Blueprint): FieldErrors {
  const result = blueprintSchema.safeParse(blueprint);
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= friendlyMessage(issue);
  return errors;
}

/** The server's 400 details ("blueprint.skills.3.level") keyed like the form's own paths ("skills.3.level"). */
export function serverFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.details) {
    errors[issue.path.replace(/^(\/|body\.)?blueprint\./, '')] ??= issue.message;
  }
  return errors;
}

/** Every message at a path or below it, for inputs that edit a whole list (tags, benefits). */
export function errorsUnder(errors: FieldErrors, path: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([, message]) => message);
  return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
}

// Zod's default wording is written for developers; these are the ones a person can hit in the editor.
function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? 'This cannot be empty.' : `Use at least ${issue.minimum} characters.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `Use at most ${issue.maximum} characters.`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `Keep this to ${issue.maximum} at most.`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `Use ${issue.minimum} or more.`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `Use ${issue.maximum} or less.`;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number.';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Enter a whole number.';
  return issue.message;
}
