import { useRef } from 'react';
import { ApiError } from '../api/client';

/** Shared by the editors of {{variable}} templates (e-mails, offer letters). */

/** A template key from its name: "Offer follow-up" → "offer_follow_up". */
export function templateKey(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 60);
  return key.length >= 2 ? key : `custom_${key}`;
}

/** The key, or the key with a number when one like it exists already. */
export function uniqueKey(key: string, existing: string[]): string {
  let candidate = key;
  for (let suffix = 2; existing.includes(candidate); suffix++) candidate = `${key.slice(0, 57)}_${suffix}`;
  return candidate;
}

/** The server names the field of each problem ("title", "body"…); the rest goes above the button. */
export function templateFieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.details) {
    const field = issue.path.replace(/^body\./, '') as Field;
    if (fields.includes(field))
      errors[field] = errors[field] ? `${errors[field]} ${issue.message}` : issue.message;
  }
  return errors;
}

type TextField = { value: string; set: (value: string) => void };

/**
 * Puts `{{variable}}` where the cursor was in the text field edited last (a one-line input or the body),
 * and gives each field the ref and focus handler that make it work.
 */
export function useVariableInsertion<Field extends string>(
  fields: Record<Field, TextField>,
  initial: NoInfer<Field>,
) {
  const elements = useRef<Partial<Record<Field, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const lastField = useRef<Field>(initial);
  const bind = (field: Field) => ({
    ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      elements.current[field] = element;
    },
    onFocus: () => {
      lastField.current = field;
    },
  });
  const insert = (variable: string) => {
    const field = lastField.current;
    const element = elements.current[field];
    const { value, set } = fields[field];
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const token = `{{${variable}}}`;
    set(value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  return { bind, insert };
}
