import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client';

type Options<Schema extends z.ZodType, Result> = {
  schema: Schema;
  submit: (values: z.output<Schema>) => Promise<Result>;
  onSuccess?: (result: Result, values: z.output<Schema>) => void;
  /** Clear the inputs after success, e.g. for password forms. */
  resetOnSuccess?: boolean;
};

/**
 * Reads a form's inputs by name, checks them with a zod schema, then sends them.
 * Problems tied to one input (from zod or the server's error details) land in `fieldErrors`;
 * anything else (wrong password, rate limit, offline) is `formError`, shown above the button.
 */
export function useFormSubmit<Schema extends z.ZodType, Result>({
  schema,
  submit,
  onSuccess,
  resetOnSuccess = false,
}: Options<Schema, Result>) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement | null>(null);
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: (result, values) => {
      if (resetOnSuccess) formRef.current?.reset();
      onSuccess?.(result, values);
    },
    onError: (error) => {
      if (error instanceof ApiError) setFieldErrors(error.fieldErrors);
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

  const error = mutation.error;
  const hasFieldDetails = error instanceof ApiError && error.details.length > 0;
  return {
    onSubmit,
    fieldErrors,
    formError: error && !hasFieldDetails ? error : null,
    pending: mutation.isPending,
    succeeded: mutation.isSuccess,
    reset: () => {
      mutation.reset();
      setFieldErrors({});
    },
  };
}
