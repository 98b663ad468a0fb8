import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { createToken, tokensQuery } from '../../../api/account';
import type { ApiToken } from '../../../api/types';
import { FormError } from '../../../components/form-error';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { requiredText } from '../../../lib/validation';

const expiryOptions = [
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In a year' },
  { value: 'never', label: 'Never' },
];

const schema = z.object({
  name: requiredText('a name for the token'),
  expiresInDays: z
    .enum(['30', '90', '365', 'never'])
    .transform((value) => (value === 'never' ? null : Number(value))),
});

type CreateTokenModalProps = {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: { token: ApiToken; secret: string }) => void;
};

export function CreateTokenModal({ opened, onClose, onCreated }: CreateTokenModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New API token" centered>
      <CreateTokenForm onCancel={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function CreateTokenForm({
  onCancel,
  onCreated,
}: Omit<CreateTokenModalProps, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const queryClient = useQueryClient();
  const form = useFormSubmit({
    schema,
    submit: createToken,
    onSuccess: (created) => {
      void queryClient.invalidateQueries(tokensQuery);
      onCreated(created);
    },
  });

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack>
        <TextInput
          name="name"
          label="Token name"
          description="So you recognise it later, e.g. “Weekly report script”."
          data-autofocus
          required
          error={form.fieldErrors.name}
        />
        <NativeSelect
          name="expiresInDays"
          label="Expires"
          description="A token that expires is safer if it ever leaks."
          data={expiryOptions}
          defaultValue="90"
          error={form.fieldErrors.expiresInDays}
        />
        <FormError error={form.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.pending}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
