import { Badge, Box, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { outboxMessageQuery } from '../../../api/admin';
import type { OutboxMessage } from '../../../api/types';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { formatDateTime } from '../../../lib/format';
import { LinkifiedText } from './linkified-text';
import { outboxStatus } from './outbox-status';

type OutboxMessageModalProps = { id: string | null; opened: boolean; onClose: () => void };

export function OutboxMessageModal({ id, opened, onClose }: OutboxMessageModalProps) {
  const isPhone = useMediaQuery('(max-width: 36em)');
  const message = useQuery({ ...outboxMessageQuery(id ?? ''), enabled: id !== null });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={message.data?.subject ?? 'E-mail'}
      size="xl"
      fullScreen={isPhone}
    >
      {message.isPending && <LoadingState label="Opening the e-mail" />}
      {message.isError && <ErrorState error={message.error} onRetry={() => message.refetch()} />}
      {message.data && <MessageView message={message.data} />}
    </Modal>
  );
}

function MessageView({ message }: { message: OutboxMessage }) {
  const status = outboxStatus[message.status];
  return (
    <Stack gap="lg">
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          <HeaderRow label="From">{message.from}</HeaderRow>
          <HeaderRow label="To">{message.to.join(', ')}</HeaderRow>
          <HeaderRow label="Time">{formatDateTime(message.sentAt ?? message.createdAt)}</HeaderRow>
          <HeaderRow label="Status">
            <Badge variant="light" color={status.color}>
              {status.label}
            </Badge>
          </HeaderRow>
          {message.error && <HeaderRow label="Error">{message.error}</HeaderRow>}
        </Table.Tbody>
      </Table>

      <section>
        <Title order={3} fz="md" mb="xs">
          Message
        </Title>
        <Box p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <LinkifiedText text={message.text} />
        </Box>
      </section>

      {message.html && (
        <section>
          <Title order={3} fz="md" mb={4}>
            As it looks in an e-mail app
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            Shown in a locked-down frame, so nothing in it can run or be clicked. Use the links in the message
            above.
          </Text>
          {/* sandbox="" blocks scripts, forms and navigation: the HTML comes from an e-mail template. */}
          <iframe
            title={`Formatted version of “${message.subject}”`}
            sandbox=""
            srcDoc={message.html}
            style={{
              width: '100%',
              height: 420,
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-md)',
              background: 'white',
            }}
          />
        </section>
      )}
    </Stack>
  );
}

function HeaderRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={100}>{label}</Table.Th>
      <Table.Td style={{ wordBreak: 'break-word' }}>{children}</Table.Td>
    </Table.Tr>
  );
}
