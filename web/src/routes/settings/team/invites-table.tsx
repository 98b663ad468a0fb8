import { Badge, Button, Card, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { invitesQuery, resendInvite, revokeInvite } from '../../../api/team';
import type { Invite } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { formatDate } from '../../../lib/format';
import { roleLabel } from '../../../lib/roles';

/** Invitations nobody has accepted yet: still waiting, or expired and worth resending. */
export function InvitesTable({ onInvite }: { onInvite: () => void }) {
  const invites = useQuery({
    ...invitesQuery,
    select: (items) => items.filter((invite) => invite.status === 'pending' || invite.status === 'expired'),
  });
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Invite | null>(null);
  const [revokeOpened, revokeModal] = useDisclosure(false);

  const resend = useMutation({
    mutationFn: (invite: Invite) => resendInvite(invite.id),
    onSuccess: (invite) => {
      void queryClient.invalidateQueries(invitesQuery);
      notifications.show({ color: 'green', message: `Invitation sent to ${invite.email} again.` });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Invitation not sent', message: errorMessage(error) }),
  });

  const revoke = useMutation({
    mutationFn: (invite: Invite) => revokeInvite(invite.id),
    onSuccess: (_result, invite) => {
      revokeModal.close();
      void queryClient.invalidateQueries(invitesQuery);
      notifications.show({ message: `The invitation for ${invite.email} no longer works.` });
    },
  });

  const openRevoke = (invite: Invite) => {
    revoke.reset();
    setTarget(invite);
    revokeModal.open();
  };

  return (
    <Card withBorder radius="md" padding={0}>
      <Group px="lg" pt="lg" pb="sm">
        <Title order={2} fz="lg">
          Pending invitations
        </Title>
      </Group>
      {invites.isPending && <LoadingState label="Loading invitations" />}
      {invites.isError && <ErrorState error={invites.error} onRetry={() => invites.refetch()} />}
      {invites.data?.length === 0 && (
        <Group px="lg" pb="lg" gap="sm">
          <Text size="sm" c="dimmed">
            Nobody is waiting to join. Invite the people who hire with you.
          </Text>
          <Button size="xs" variant="light" onClick={onInvite}>
            Invite teammate
          </Button>
        </Group>
      )}
      {invites.data && invites.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table
            verticalSpacing="sm"
            horizontalSpacing="lg"
            highlightOnHover
            style={{ whiteSpace: 'nowrap' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Invited by</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Link works until</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invites.data.map((invite) => (
                <Table.Tr key={invite.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {invite.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{roleLabel(invite.role)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invite.invitedBy?.name ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <RelativeTime value={invite.createdAt} />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {invite.status === 'expired' ? (
                      <Badge color="orange" variant="light">
                        Expired
                      </Badge>
                    ) : (
                      <Text size="sm">{formatDate(invite.expiresAt)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={resend.isPending && resend.variables?.id === invite.id}
                        onClick={() => resend.mutate(invite)}
                        aria-label={`Resend invitation to ${invite.email}`}
                      >
                        Resend
                      </Button>
                      {invite.status === 'pending' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => openRevoke(invite)}
                          aria-label={`Revoke invitation for ${invite.email}`}
                        >
                          Revoke
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={revokeOpened}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        destructive
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => target && revoke.mutate(target)}
        onClose={revokeModal.close}
      >
        The link sent to {target?.email} will stop working. You can invite them again later.
      </ConfirmModal>
    </Card>
  );
}
