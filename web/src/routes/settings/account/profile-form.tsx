import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { updateName } from '../../../api/account';
import { sessionQuery } from '../../../api/session';
import { usersQuery } from '../../../api/team';
import { FormError } from '../../../components/form-error';
import { useSession } from '../../../layouts/session-context';
import { roleWithArticle } from '../../../lib/roles';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { requiredText } from '../../../lib/validation';

const schema = z.object({ name: requiredText('your name') });

export function ProfileForm() {
  const { user, organisation } = useSession();
  const queryClient = useQueryClient();
  const form = useFormSubmit({
    schema,
    submit: ({ name }) => updateName(name),
    onSuccess: (updated) => {
      queryClient.setQueryData(sessionQuery.queryKey, (session) => session && { ...session, user: updated });
      void queryClient.invalidateQueries(usersQuery);
      notifications.show({ color: 'green', message: 'Your name is saved.' });
    },
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb={4}>
        Profile
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        You are {roleWithArticle(user.role)} at {organisation.name}.
      </Text>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack>
          <TextInput
            name="name"
            label="Your name"
            defaultValue={user.name}
            autoComplete="name"
            required
            error={form.fieldErrors.name}
          />
          <TextInput label="E-mail" value={user.email} readOnly description="You log in with this address." />
          <FormError error={form.formError} />
          <Group>
            <Button type="submit" loading={form.pending}>
              Save name
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
