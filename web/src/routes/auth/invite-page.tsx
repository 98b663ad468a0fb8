import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { api } from '../../api/client';
import { startSession } from '../../api/session';
import type { InviteLookup, Session } from '../../api/types';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { LoadingState } from '../../components/query-states';
import { roleWithArticle } from '../../lib/roles';
import { useFormSubmit } from '../../lib/use-form-submit';
import { minPasswordLength, passwordField, requiredText } from '../../lib/validation';

const schema = z.object({ name: requiredText('your name'), password: passwordField });

const route = getRouteApi('/invite');

export function InvitePage() {
  const { token } = route.useSearch();
  const lookup = useQuery({
    queryKey: ['invite-lookup', token],
    queryFn: () => api.get<InviteLookup>('/invites/lookup', { token }),
    enabled: Boolean(token),
    retry: false,
  });

  if (!token || lookup.isError) {
    return (
      <PublicPage
        title="This invitation cannot be used"
        description="It may have expired, been withdrawn, or already been accepted. Ask the person who invited you to send a new one."
      >
        <Button component={Link} to="/login" variant="default" fullWidth>
          Go to log in
        </Button>
      </PublicPage>
    );
  }

  if (!lookup.data) {
    return (
      <PublicPage title="Opening your invitation">
        <LoadingState label="Opening your invitation" />
      </PublicPage>
    );
  }

  return <AcceptInviteForm token={token} invite={lookup.data} />;
}

function AcceptInviteForm({ token, invite }: { token: string; invite: InviteLookup }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormSubmit({
    schema,
    submit: (values) => api.post<Session>('/invites/accept', { token, ...values }),
    onSuccess: (session) => {
      startSession(queryClient, session);
      notifications.show({
        color: 'green',
        title: `Welcome to ${session.organisation.name}`,
        message: 'You are in.',
      });
      void navigate({ to: '/' });
    },
  });

  return (
    <PublicPage
      title={`Join ${invite.organisationName}`}
      description={`You have been invited to Hirebench as ${roleWithArticle(invite.role)}. Pick a name and a password to accept.`}
    >
      <form onSubmit={form.onSubmit} noValidate>
        <Stack>
          <TextInput
            label="E-mail"
            value={invite.email}
            readOnly
            autoComplete="username"
            description="The invitation was sent here."
          />
          <TextInput
            name="name"
            label="Your name"
            autoComplete="name"
            required
            error={form.fieldErrors.name}
          />
          <PasswordInput
            name="password"
            label="Choose a password"
            description={`At least ${minPasswordLength} characters.`}
            autoComplete="new-password"
            required
            error={form.fieldErrors.password}
          />
          <FormError error={form.formError} />
          <Button type="submit" loading={form.pending} fullWidth>
            Accept invite
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
