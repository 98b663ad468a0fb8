import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { api } from '../../api/client';
import { metaQuery, startSession } from '../../api/session';
import type { Session } from '../../api/types';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { useFormSubmit } from '../../lib/use-form-submit';
import { emailField, minPasswordLength, passwordField, requiredText } from '../../lib/validation';

const schema = z.object({
  organisationName: requiredText('the name of your company or team'),
  name: requiredText('your name'),
  email: emailField,
  password: passwordField,
});

export function SetupPage() {
  const { data: meta } = useSuspenseQuery(metaQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormSubmit({
    schema,
    submit: (values) => api.post<Session>('/auth/signup', values),
    onSuccess: (session) => {
      startSession(queryClient, session);
      notifications.show({
        color: 'green',
        title: `${session.organisation.name} is ready`,
        message: 'You are its admin. The checklist on Home shows what to do first.',
      });
      void navigate({ to: '/' });
    },
  });

  const loginLink = meta.hasOrganisations && (
    <Text size="sm">
      Already have an account?{' '}
      <Anchor component={Link} to="/login">
        Log in
      </Anchor>
    </Text>
  );

  if (!meta.signupOpen) {
    return (
      <PublicPage
        title="New organisations are switched off"
        description="Whoever runs this Hirebench has turned off sign-up. Ask an admin of your organisation to invite you; the invitation e-mail has a link to join."
        footer={loginLink}
      >
        <Button component={Link} to="/login" fullWidth>
          Go to log in
        </Button>
      </PublicPage>
    );
  }

  return (
    <PublicPage
      title="Create your organisation"
      description="Set up Hirebench for your company. You will be its admin and can invite your team next."
      footer={loginLink}
    >
      <form onSubmit={form.onSubmit} noValidate>
        <Stack>
          <TextInput
            name="organisationName"
            label="Organisation name"
            placeholder="Acme Inc."
            autoComplete="organization"
            required
            error={form.fieldErrors.organisationName}
          />
          <TextInput
            name="name"
            label="Your name"
            autoComplete="name"
            required
            error={form.fieldErrors.name}
          />
          <TextInput
            name="email"
            type="email"
            label="Work e-mail"
            placeholder="you@company.com"
            autoComplete="email"
            required
            error={form.fieldErrors.email}
          />
          <PasswordInput
            name="password"
            label="Password"
            description={`At least ${minPasswordLength} characters. A short sentence is easy to remember.`}
            autoComplete="new-password"
            required
            error={form.fieldErrors.password}
          />
          <FormError error={form.formError} />
          <Button type="submit" loading={form.pending} fullWidth>
            Create organisation
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
