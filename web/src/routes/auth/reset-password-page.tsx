import { Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { ApiError, api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { useFormSubmit } from '../../lib/use-form-submit';
import { minPasswordLength, passwordField } from '../../lib/validation';

const schema = z.object({ password: passwordField });

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const form = useFormSubmit({
    schema,
    submit: ({ password }) => api.post('/auth/password-reset/confirm', { token, password }),
    onSuccess: () => {
      notifications.show({
        color: 'green',
        title: 'Password changed',
        message: 'Log in with your new password.',
      });
      void navigate({ to: '/login' });
    },
  });

  const askAgain = (
    <Anchor component={Link} to="/forgot-password" size="sm">
      Ask for a new reset link
    </Anchor>
  );

  if (!token) {
    return (
      <PublicPage
        title="This reset link is incomplete"
        description="Open the link from the e-mail again, or ask for a new one."
      >
        <Button component={Link} to="/forgot-password" fullWidth>
          Ask for a new link
        </Button>
      </PublicPage>
    );
  }

  const tokenRejected = isTokenProblem(form.formError);
  return (
    <PublicPage
      title="Choose a new password"
      description="After this, log in with the new password."
      footer={!tokenRejected && askAgain}
    >
      <form onSubmit={form.onSubmit} noValidate>
        <Stack>
          <PasswordInput
            name="password"
            label="New password"
            description={`At least ${minPasswordLength} characters.`}
            autoComplete="new-password"
            required
            error={form.fieldErrors.password}
          />
          <FormError
            error={form.formError}
            message={
              tokenRejected
                ? 'This reset link is invalid, was already used or has expired. Ask for a new one.'
                : undefined
            }
          />
          {tokenRejected ? (
            <Button component={Link} to="/forgot-password" fullWidth>
              Ask for a new link
            </Button>
          ) : (
            <Button type="submit" loading={form.pending} fullWidth>
              Set new password
            </Button>
          )}
        </Stack>
      </form>
    </PublicPage>
  );
}

/** The server rejects a bad token as invalid_token, or as a validation problem on `token` if malformed. */
function isTokenProblem(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === 'invalid_token' || error.details.some((detail) => detail.path === 'token');
}
