import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ApiToken } from '../../../api/types';

type TokenSecretModalProps = {
  opened: boolean;
  created: { token: ApiToken; secret: string } | null;
  onClose: () => void;
  /** Called once the modal has faded out, so the secret can be forgotten. */
  onClosed: () => void;
};

/** Shows a new token's secret, the one and only time the server hands it out. */
export function TokenSecretModal({ opened, created, onClose, onClosed }: TokenSecretModalProps) {
  const curl = created
    ? `curl -H "Authorization: Bearer ${created.secret}" ${window.location.origin}/api/v1/auth/me`
    : '';

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title={`Copy your token “${created?.token.name ?? ''}”`}
      centered
      size="lg"
      closeOnClickOutside={false}
    >
      {created && (
        <Stack>
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            This is the only time the token is shown. Copy it now and keep it somewhere safe, like a password
            manager.
          </Alert>
          <CopyField label="Your token" value={created.secret} copyLabel="Copy token" />
          <CopyField
            label="Try it: this command shows who the token belongs to"
            value={curl}
            copyLabel="Copy command"
          />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function CopyField({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'light' : 'default'}
            color={copied ? 'green' : undefined}
            size="xs"
            leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            onClick={copy}
            style={{ alignSelf: 'flex-start' }}
          >
            {copied ? 'Copied' : copyLabel}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
