import { Badge, Button, Card, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { revokeToken, tokensQuery } from '../../../api/account';
import type { ApiToken } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { formatDate } from '../../../lib/format';
import { CreateTokenModal } from './create-token-modal';
import { TokenSecretModal } from './token-secret-modal';

export function ApiTokensPage() {
  const tokens = useQuery(tokensQuery);
  const queryClient = useQueryClient();
  const [createOpened, createModal] = useDisclosure(false);
  const [created, setCreated] = useState<{ token: ApiToken; secret: string } | null>(null);
  const [secretOpened, secretModal] = useDisclosure(false);
  const [target, setTarget] = useState<ApiToken | null>(null);
  const [revokeOpened, revokeModal] = useDisclosure(false);

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => revokeToken(token.id),
    onSuccess: (_result, token) => {
      revokeModal.close();
      void queryClient.invalidateQueries(tokensQuery);
      notifications.show({ message: `“${token.name}” no longer works.` });
    },
  });

  const openRevoke = (token: ApiToken) => {
    revoke.reset();
    setTarget(token);
    revokeModal.open();
  };

  const newTokenButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={createModal.open}>
      New token
    </Button>
  );

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and other tools use Hirebench as you, with your role. Treat them like passwords."
        actions={tokens.data?.length ? newTokenButton : undefined}
      />
      {tokens.isPending && <LoadingState label="Loading your API tokens" />}
      {tokens.isError && <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />}
      {tokens.data?.length === 0 && (
        <EmptyState
          icon={<IconKey aria-hidden />}
          title="No API tokens yet"
          description="Create one when a script or another tool needs to read or change data in Hirebench on your behalf. You will see the token once, right after creating it."
        >
          {newTokenButton}
        </EmptyState>
      )}
      {tokens.data && tokens.data.length > 0 && (
        <Card withBorder radius="md" padding={0}>
          <Table.ScrollContainer minWidth={760}>
            <Table
              verticalSpacing="sm"
              horizontalSpacing="lg"
              highlightOnHover
              style={{ whiteSpace: 'nowrap' }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Starts with</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((token) => {
                  const status = tokenStatus(token);
                  return (
                    <Table.Tr key={token.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {token.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Code>{token.prefix}…</Code>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <RelativeTime value={token.createdAt} />
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <RelativeTime value={token.lastUsedAt} empty="Never" />
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{token.expiresAt ? formatDate(token.expiresAt) : 'Never'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={statusColors[status]}>
                          {status}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        {status === 'Active' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => openRevoke(token)}
                            aria-label={`Revoke ${token.name}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}

      <CreateTokenModal
        opened={createOpened}
        onClose={createModal.close}
        onCreated={(result) => {
          createModal.close();
          setCreated(result);
          secretModal.open();
        }}
      />
      <TokenSecretModal
        opened={secretOpened}
        created={created}
        onClose={secretModal.close}
        onClosed={() => setCreated(null)}
      />
      <ConfirmModal
        opened={revokeOpened}
        title={`Revoke “${target?.name}”?`}
        confirmLabel="Revoke token"
        destructive
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => target && revoke.mutate(target)}
        onClose={revokeModal.close}
      >
        Anything using this token stops working at once. This cannot be undone; you can create a new token.
      </ConfirmModal>
    </>
  );
}

type TokenStatus = 'Active' | 'Expired' | 'Revoked';

const statusColors: Record<TokenStatus, string> = { Active: 'green', Expired: 'orange', Revoked: 'gray' };

function tokenStatus(token: ApiToken): TokenStatus {
  if (token.revokedAt) return 'Revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= Date.now()) return 'Expired';
  return 'Active';
}
