import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorMessage } from '../api/client';

type FormErrorProps = {
  error: unknown;
  /** Replaces the error's own message when the page can say it better. */
  message?: string;
};

/** The form-level error (not tied to one input), announced to screen readers. */
export function FormError({ error, message }: FormErrorProps) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {message ?? errorMessage(error)}
    </Alert>
  );
}
