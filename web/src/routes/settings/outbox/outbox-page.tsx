import { Anchor, Badge, Button, Card, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { outboxQuery, pageSize } from '../../../api/admin';
import { AdminOnly } from '../../../components/admin-only';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { TablePagination } from '../../../components/table-pagination';
import { OutboxMessageModal } from './outbox-message-modal';
import { outboxStatus } from './outbox-status';

export function OutboxPage() {
  return (
    <>
      <PageHeader
        title="Outbox"
        description="E-mails Hirebench has sent or stored. With no e-mail server (SMTP) set up, e-mails are kept here instead, so invitations and password resets work offline: open one and follow its link."
      />
      <AdminOnly>
        <OutboxList />
      </AdminOnly>
    </>
  );
}

function OutboxList() {
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [messageOpened, messageModal] = useDisclosure(false);
  const messages = useQuery(outboxQuery(page));

  if (messages.isPending) return <LoadingState label="Loading e-mails" />;
  if (messages.isError) return <ErrorState error={messages.error} onRetry={() => messages.refetch()} />;
  if (messages.data.total === 0) {
    return (
      <EmptyState
        icon={<IconMail aria-hidden />}
        title="No e-mails yet"
        description="Invitations and password-reset e-mails show up here. Invite a teammate to see the first one."
      >
        <Button component={Link} to="/settings/team">
          Invite a teammate
        </Button>
      </EmptyState>
    );
  }

  return (
    <>
      <Card withBorder radius="md" padding={0}>
        <Table.ScrollContainer minWidth={680}>
          <Table
            verticalSpacing="sm"
            horizontalSpacing="lg"
            highlightOnHover
            style={{ whiteSpace: 'nowrap' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>To</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Time</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.data.items.map((message) => (
                <Table.Tr key={message.id}>
                  <Table.Td>
                    <Text size="sm">{message.to.join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      fw={500}
                      ta="left"
                      onClick={() => {
                        setOpenId(message.id);
                        messageModal.open();
                      }}
                    >
                      {message.subject}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={outboxStatus[message.status].color}>
                      {outboxStatus[message.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <RelativeTime value={message.sentAt ?? message.createdAt} />
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <TablePagination page={page} pageSize={pageSize} total={messages.data.total} onChange={setPage} />
      <OutboxMessageModal id={openId} opened={messageOpened} onClose={messageModal.close} />
    </>
  );
}
