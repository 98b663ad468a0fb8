import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { api } from '../../api/client';
import { startSession } from '../../api/session';
import type { Session } from '../../api/types';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { safeRedirect } from '../../lib/safe-redirect';
import { useFormSubmit } from '../../lib/use-form-submit';
import { emailField } from '../../lib/validation';

const schema = z.object({
  email: emailField,
  password: z.string().min(1, { error: 'Enter your password.' }),
});

const route = getRouteApi('/login');

export function LoginPage() {
  const { redirect } = route.useSearch();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormSubmit({
    schema,
    submit: (values) => api.post<Session>('/auth/login', values),
    onSuccess: (session) => {
      startSession(queryClient, session);
      void navigate({ href: safeRedirect(redirect) });
    },
  });

  return (
    <PublicPage
      title="Log in to Hirebench"
      footer={
        <>
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot password?
          </Anchor>
          <Anchor component={Link} to="/setup" size="sm">
            Create a new organisation
          </Anchor>
        </>
      }
    >
      <form onSubmit={form.onSubmit} noValidate>
        <Stack>
          <TextInput
            name="email"
            type="email"
            label="E-mail"
            placeholder="you@company.com"
            autoComplete="username"
            required
            error={form.fieldErrors.email}
          />
          <PasswordInput
            name="password"
            label="Password"
            autoComplete="current-password"
            required
            error={form.fieldErrors.password}
          />
          <FormError error={form.formError} />
          <Button type="submit" loading={form.pending} fullWidth>
            Log in
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
