import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { z } from 'zod';
import { changePassword } from '../../../api/account';
import { FormError } from '../../../components/form-error';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { minPasswordLength, passwordField } from '../../../lib/validation';

const schema = z.object({
  currentPassword: z.string().min(1, { error: 'Enter your current password.' }),
  newPassword: passwordField,
});

export function PasswordForm() {
  const form = useFormSubmit({
    schema,
    submit: changePassword,
    resetOnSuccess: true,
    onSuccess: () =>
      notifications.show({
        color: 'green',
        title: 'Password changed',
        message: 'You stay logged in here; every other device has been logged out.',
      }),
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb={4}>
        Password
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Changing it logs you out everywhere else.
      </Text>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack>
          <PasswordInput
            name="currentPassword"
            label="Current password"
            autoComplete="current-password"
            required
            error={form.fieldErrors.currentPassword}
          />
          <PasswordInput
            name="newPassword"
            label="New password"
            description={`At least ${minPasswordLength} characters.`}
            autoComplete="new-password"
            required
            error={form.fieldErrors.newPassword}
          />
          <FormError error={form.formError} />
          <Group>
            <Button type="submit" loading={form.pending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
