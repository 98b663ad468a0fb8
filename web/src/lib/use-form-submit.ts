import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client';

type Options<Schema extends z.ZodObject, Result> = {
  schema: Schema;
  submit: (values: z.output<Schema>) => Promise<Result>;
  onSuccess?: (result: Result, values: z.output<Schema>) => void;
  /** Clear the inputs after success, e.g. for password forms. */
  resetOnSuccess?: boolean;
};

/**
 * Reads a form's inputs by name, checks them with a zod object schema, then sends them.
 * Problems tied to one of the schema's fields (from zod or the server's error details) land in
 * `fieldErrors`, to show next to that input; anything else (wrong password, rate limit, offline,
 * a problem with a field the form has no input for) is `formError`, shown above the button.
 */
export function useFormSubmit<Schema extends z.ZodObject, Result>({
  schema,
  submit,
  onSuccess,
  resetOnSuccess = false,
}: Options<Schema, Result>) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement | null>(null);
  const fields = new Set(Object.keys(schema.shape));
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: (result, values) => {
      if (resetOnSuccess) formRef.current?.reset();
      onSuccess?.(result, values);
    },
    onError: (error) => {
      if (error instanceof ApiError) setFieldErrors(splitFieldErrors(error, fields).inline);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    mutation.reset();
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    mutation.mutate(parsed.data);
  };

  return {
    onSubmit,
    fieldErrors,
    formError: mutation.error && formLevelError(mutation.error, fields),
    pending: mutation.isPending,
  };
}

function splitFieldErrors(error: ApiError, fields: Set<string>) {
  const inline: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (fields.has(field)) inline[field] = message;
    else elsewhere.push(message);
  }
  return { inline, elsewhere };
}

/** The part of an error that no input shows, or null when every problem sits next to its input. */
function formLevelError(error: Error, fields: Set<string>): Error | null {
  if (!(error instanceof ApiError) || error.details.length === 0) return error;
  const { elsewhere } = splitFieldErrors(error, fields);
  if (elsewhere.length === 0) return null;
  return new ApiError(error.status, error.code, elsewhere.join(' '), error.details);
}
