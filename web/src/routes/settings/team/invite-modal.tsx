import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { invitesQuery, sendInvite } from '../../../api/team';
import { FormError } from '../../../components/form-error';
import { roleOptions } from '../../../lib/roles';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { emailField } from '../../../lib/validation';

const schema = z.object({
  email: emailField,
  role: z.enum(['admin', 'recruiter', 'hiring_manager', 'interviewer'], { error: 'Choose a role.' }),
});

type InviteModalProps = { opened: boolean; onClose: () => void };

export function InviteModal({ opened, onClose }: InviteModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Invite a teammate" centered size="lg">
      {/* Inside the modal so every opening starts with an empty form. */}
      <InviteForm onDone={onClose} />
    </Modal>
  );
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const form = useFormSubmit({
    schema,
    submit: sendInvite,
    onSuccess: (invite) => {
      void queryClient.invalidateQueries(invitesQuery);
      notifications.show({
        color: 'green',
        title: `Invitation sent to ${invite.email}`,
        message:
          'They get an e-mail with a link to join. Without an e-mail server, the message waits in Settings → Outbox.',
        autoClose: 8_000,
      });
      onDone();
    },
  });

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack>
        <TextInput
          name="email"
          type="email"
          label="E-mail"
          placeholder="colleague@company.com"
          data-autofocus
          required
          error={form.fieldErrors.email}
        />
        <Radio.Group
          name="role"
          label="Role"
          defaultValue="interviewer"
          required
          error={form.fieldErrors.role}
        >
          <Stack gap="sm" mt="xs">
            {roleOptions.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                description={option.description}
              />
            ))}
          </Stack>
        </Radio.Group>
        <FormError error={form.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.pending}>
            Send invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
