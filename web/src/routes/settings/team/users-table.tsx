import { Badge, Button, Card, Group, NativeSelect, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { sessionQuery } from '../../../api/session';
import { updateUser, usersQuery } from '../../../api/team';
import type { Role, User } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { useIsAdmin, useSession } from '../../../layouts/session-context';
import { roleLabel, roleOptions, roleWithArticle } from '../../../lib/roles';

export function UsersTable() {
  const users = useQuery(usersQuery);
  const isAdmin = useIsAdmin();
  const { user: me } = useSession();
  const queryClient = useQueryClient();
  // Kept after closing so the modal's text does not change while it fades out.
  const [target, setTarget] = useState<User | null>(null);
  const [confirmOpened, confirm] = useDisclosure(false);

  const update = useMutation({
    mutationFn: ({ user, changes }: { user: User; changes: { role?: Role; active?: boolean } }) =>
      updateUser(user.id, changes),
    onSuccess: (updated, { changes }) => {
      confirm.close();
      void queryClient.invalidateQueries(usersQuery);
      // Changing your own role changes what you may see.
      if (updated.id === me.id) void queryClient.invalidateQueries(sessionQuery);
      notifications.show({ color: 'green', message: describeChange(updated, changes) });
    },
    onError: (error, { changes }) => {
      // The confirm modal shows its own error; role changes have no modal.
      if (changes.role)
        notifications.show({ color: 'red', title: 'Role not changed', message: errorMessage(error) });
    },
  });

  const openConfirm = (user: User) => {
    update.reset();
    setTarget(user);
    confirm.open();
  };

  return (
    <Card withBorder radius="md" padding={0}>
      <Group px="lg" pt="lg" pb="sm">
        <Title order={2} fz="lg">
          People
        </Title>
      </Group>
      {users.isPending && <LoadingState label="Loading your team" />}
      {users.isError && <ErrorState error={users.error} onRetry={() => users.refetch()} />}
      {users.data && (
        <Table.ScrollContainer minWidth={isAdmin ? 820 : 640}>
          <Table
            verticalSpacing="sm"
            horizontalSpacing="lg"
            highlightOnHover
            style={{ whiteSpace: 'nowrap' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last login</Table.Th>
                {isAdmin && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {user.name}
                      </Text>
                      {user.id === me.id && (
                        <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                          You
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{user.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    {isAdmin ? (
                      <NativeSelect
                        aria-label={`Role of ${user.name}`}
                        size="xs"
                        value={user.role}
                        data={roleOptions.map(({ value, label }) => ({ value, label }))}
                        disabled={update.isPending}
                        onChange={(event) =>
                          update.mutate({ user, changes: { role: event.currentTarget.value as Role } })
                        }
                        w={150}
                      />
                    ) : (
                      <Text size="sm">{roleLabel(user.role)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={user.active ? 'green' : 'gray'}>
                      {user.active ? 'Active' : 'Deactivated'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <RelativeTime value={user.lastLoginAt} empty="Never" />
                    </Text>
                  </Table.Td>
                  {isAdmin && (
                    <Table.Td ta="right">
                      {user.id !== me.id && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color={user.active ? 'red' : undefined}
                          onClick={() => openConfirm(user)}
                          aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
                        >
                          {user.active ? 'Deactivate' : 'Reactivate'}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={confirmOpened}
        title={target?.active ? `Deactivate ${target.name}?` : `Reactivate ${target?.name}?`}
        confirmLabel={target?.active ? 'Deactivate' : 'Reactivate'}
        destructive={target?.active}
        pending={update.isPending}
        error={update.variables?.changes.active !== undefined ? update.error : null}
        onConfirm={() => target && update.mutate({ user: target, changes: { active: !target.active } })}
        onClose={confirm.close}
      >
        {target?.active
          ? 'They will be logged out and can no longer log in. Their past work stays. You can reactivate them at any time.'
          : 'They will be able to log in again with their old password and the same role.'}
      </ConfirmModal>
    </Card>
  );
}

function describeChange(user: User, changes: { role?: Role; active?: boolean }): string {
  if (changes.role) return `${user.name} is now ${roleWithArticle(user.role)}.`;
  return user.active ? `${user.name} can log in again.` : `${user.name} can no longer log in.`;
}
