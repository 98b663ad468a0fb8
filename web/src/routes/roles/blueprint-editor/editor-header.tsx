import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconCopy, IconHistory } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { errorMessage } from '../../../api/client';
import {
  type BlueprintDetail,
  blueprintQuery,
  duplicateBlueprint,
  setBlueprintArchived,
} from '../../../api/roles';
import { labelOf, productStageOptions, seniorityLabels } from '../../../domain/blueprint-labels';
import type { Blueprint } from '../../../domain/hiring-domain';

type EditorHeaderProps = {
  detail: BlueprintDetail;
  draft: Blueprint;
  canEdit: boolean;
  onOpenHistory: () => void;
};

export function EditorHeader({ detail, draft, canEdit, onOpenHistory }: EditorHeaderProps) {
  // On phones the actions become icons, so the title keeps the room.
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Stack gap={6}>
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/roles" size="sm">
          Roles
        </Anchor>
        <Text size="sm" c="dimmed">
          Blueprint
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} miw={0}>
          <Title order={1} fz={{ base: 24, sm: 28 }} style={{ overflowWrap: 'anywhere' }}>
            {draft.title.trim() || 'Untitled role'}
          </Title>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {seniorityLabels[draft.seniority]}
            </Badge>
            <Badge variant="light" color="gray">
              {labelOf(productStageOptions, draft.productStage)}
            </Badge>
            {detail.archived && (
              <Badge variant="filled" color="gray">
                Archived
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          <HeaderAction
            compact={compact}
            icon={<IconHistory size={18} aria-hidden />}
            label="Version history"
            onClick={onOpenHistory}
          />
          {canEdit && <DuplicateButton id={detail.id} compact={compact} />}
          {canEdit && <ArchiveButton detail={detail} compact={compact} />}
        </Group>
      </Group>
    </Stack>
  );
}

type HeaderActionProps = {
  compact: boolean;
  icon: ReactNode;
  label: string;
  loading?: boolean;
  onClick: () => void;
};

function HeaderAction({ compact, icon, label, loading, onClick }: HeaderActionProps) {
  if (compact) {
    return (
      <Tooltip label={label}>
        <ActionIcon variant="default" size="lg" aria-label={label} loading={loading} onClick={onClick}>
          {icon}
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <Button variant="default" leftSection={icon} loading={loading} onClick={onClick}>
      {label}
    </Button>
  );
}

function DuplicateButton({ id, compact }: { id: string; compact: boolean }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const duplicate = useMutation({
    mutationFn: () => duplicateBlueprint(id),
    onSuccess: (copy) => {
      queryClient.setQueryData(blueprintQuery(copy.id).queryKey, copy);
      void queryClient.invalidateQueries({ queryKey: ['blueprints', 'list'] });
      notifications.show({
        color: 'green',
        message: `Copied as “${copy.title}”. You are now editing the copy.`,
      });
      void navigate({ to: '/roles/blueprints/$blueprintId', params: { blueprintId: copy.id } });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Not copied', message: errorMessage(error) }),
  });
  return (
    <HeaderAction
      compact={compact}
      icon={<IconCopy size={18} aria-hidden />}
      label="Duplicate"
      loading={duplicate.isPending}
      onClick={() => duplicate.mutate()}
    />
  );
}

function ArchiveButton({ detail, compact }: { detail: BlueprintDetail; compact: boolean }) {
  const queryClient = useQueryClient();
  const archive = useMutation({
    mutationFn: () => setBlueprintArchived(detail.id, !detail.archived),
    onSuccess: (updated) => {
      queryClient.setQueryData(blueprintQuery(updated.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['blueprints', 'list'] });
      notifications.show({
        color: 'green',
        message: updated.archived
          ? 'Archived. It no longer shows among active blueprints; jobs made from it are not affected.'
          : 'Restored. You can edit it again.',
      });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Nothing changed', message: errorMessage(error) }),
  });
  return (
    <HeaderAction
      compact={compact}
      icon={
        detail.archived ? <IconArchiveOff size={18} aria-hidden /> : <IconArchive size={18} aria-hidden />
      }
      label={detail.archived ? 'Restore' : 'Archive'}
      loading={archive.isPending}
      onClick={() => archive.mutate()}
    />
  );
}
