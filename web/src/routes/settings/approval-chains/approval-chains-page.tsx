import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApprovalChain, approvalChainsQuery, deleteApprovalChain } from '../../../api/offers';
import { usersQuery } from '../../../api/team';
import type { User } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { useIsAdmin } from '../../../layouts/session-context';
import { ChainEditor } from './chain-editor';

/** Who approves offers, in which order, and whether a chain runs always or only outside the band. */
export function ApprovalChainsPage() {
  const isAdmin = useIsAdmin();
  const chains = useQuery(approvalChainsQuery);
  const users = useQuery(usersQuery);
  const [editing, setEditing] = useState<ApprovalChain | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ApprovalChain | null>(null);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => deleteApprovalChain(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['approval-chains'] });
      setDeleting(null);
    },
  });

  const header = (
    <PageHeader
      title="Approval chains"
      description="Who must approve an offer before it goes to the candidate. Chains run one after another in this order, each step waiting for the one before; approvers are e-mailed when it is their turn. Offers already in approval keep the chain they started with."
      actions={
        isAdmin && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            Add a chain
          </Button>
        )
      }
    />
  );
  const failed = chains.isError ? chains : users.isError ? users : null;
  if (failed) {
    return (
      <>
        {header}
        <ErrorState error={failed.error} onRetry={() => failed.refetch()} />
      </>
    );
  }
  if (!chains.data || !users.data) {
    return (
      <>
        {header}
        <LoadingState label="Loading approval chains" />
      </>
    );
  }
  const people = users.data;
  return (
    <>
      {header}
      {!isAdmin && (
        <Text size="sm" c="dimmed" mb="md">
          Only admins can change approval chains.
        </Text>
      )}
      {chains.data.length === 0 ? (
        <EmptyState
          icon={<IconChecklist aria-hidden />}
          title="No approval chains: offers are approved as soon as they are submitted"
          description="Add a chain to have someone sign off an offer before the candidate sees it — for example the hiring manager for every offer, and finance only when the pay is outside the role’s band."
        >
          {isAdmin && <Button onClick={() => setEditing('new')}>Add a chain</Button>}
        </EmptyState>
      ) : (
        <Stack gap="md">
          {chains.data.map((chain, index) => (
            <ChainCard
              key={chain.id}
              chain={chain}
              order={index + 1}
              people={people}
              canEdit={isAdmin}
              onEdit={() => setEditing(chain)}
              onDelete={() => setDeleting(chain)}
            />
          ))}
        </Stack>
      )}
      {editing && (
        <ChainEditor
          chain={editing === 'new' ? null : editing}
          users={people}
          nextPosition={Math.max(0, ...chains.data.map((chain) => chain.position + 1))}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Remove the approval chain"
        confirmLabel="Remove"
        destructive
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onClose={() => setDeleting(null)}
      >
        New offers will no longer need “{deleting?.name}”. Offers already waiting for approval keep it.
      </ConfirmModal>
    </>
  );
}

type ChainCardProps = {
  chain: ApprovalChain;
  order: number;
  people: User[];
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
};

function ChainCard({ chain, order, people, canEdit, onEdit, onDelete }: ChainCardProps) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'A former teammate';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={chain.name}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {order}.
            </Text>
            <Title order={2} fz="md">
              {chain.name}
            </Title>
            <Badge variant="light" color={chain.appliesWhen === 'always' ? 'blue' : 'orange'}>
              {chain.appliesWhen === 'always' ? 'Every offer' : 'Only outside the band'}
            </Badge>
          </Group>
          <List type="ordered" size="sm" spacing={4} mt={4}>
            {chain.steps.map((step) => (
              <List.Item key={`${step.name}-${step.approverIds.join()}`}>
                <Text span fw={500}>
                  {step.name}
                </Text>{' '}
                — {step.required} of {step.approverIds.length}: {step.approverIds.map(name).join(', ')}
              </List.Item>
            ))}
          </List>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={`Change ${chain.name}`}
            >
              Change
            </Button>
            <Button
              variant="default"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={onDelete}
              aria-label={`Remove ${chain.name}`}
            >
              Remove
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
