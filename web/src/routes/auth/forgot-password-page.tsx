import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { useFormSubmit } from '../../lib/use-form-submit';
import { emailField } from '../../lib/validation';

const schema = z.object({ email: emailField });

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormSubmit({
    schema,
    submit: (values) => api.post('/auth/password-reset', values),
    onSuccess: (_result, values) => setSentTo(values.email),
  });

  const backToLogin = (
    <Anchor component={Link} to="/login" size="sm">
      Back to log in
    </Anchor>
  );

  if (sentTo) {
    return (
      <PublicPage title="Check your e-mail" footer={backToLogin}>
        <Alert color="indigo" variant="light" icon={<IconMailForward aria-hidden />} role="status">
          If an account exists for <strong>{sentTo}</strong>, we sent it a link to choose a new password. The
          link works for a limited time.
        </Alert>
        <Text size="sm" c="dimmed" mt="md">
          Nothing arrived? Check your spam folder. If this Hirebench has no e-mail server set up, an admin can
          find the message under Settings → Outbox.
        </Text>
      </PublicPage>
    );
  }

  return (
    <PublicPage
      title="Reset your password"
      description="Enter the e-mail you log in with and we will send you a link to choose a new password."
      footer={backToLogin}
    >
      <form onSubmit={form.onSubmit} noValidate>
        <Stack>
          <TextInput
            name="email"
            type="email"
            label="E-mail"
            placeholder="you@company.com"
            autoComplete="email"
            required
            error={form.fieldErrors.email}
          />
          <FormError error={form.formError} />
          <Button type="submit" loading={form.pending} fullWidth>
            Send reset link
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
