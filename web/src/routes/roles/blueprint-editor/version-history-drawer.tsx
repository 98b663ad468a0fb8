import { Alert, Badge, Button, Drawer, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type BlueprintVersion, blueprintVersionsQuery } from '../../../api/roles';
import { usersQuery } from '../../../api/team';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import type { Blueprint } from '../../../domain/hiring-domain';
import { formatDateTime } from '../../../lib/format';
import { BlueprintOverview } from './blueprint-overview';
import { sameValue } from './same-value';

type VersionHistoryDrawerProps = {
  opened: boolean;
  onClose: () => void;
  blueprintId: string;
  currentVersion: number;
  currentBlueprint: Blueprint;
  canRestore: boolean;
  dirty: boolean;
  restoring: boolean;
  onRestore: (blueprint: Blueprint) => void;
};

export function VersionHistoryDrawer({ opened, onClose, ...props }: VersionHistoryDrawerProps) {
  const [viewing, setViewing] = useState<BlueprintVersion | null>(null);
  const close = () => {
    setViewing(null);
    onClose();
  };
  return (
    <Drawer
      opened={opened}
      onClose={close}
      position="right"
      size="lg"
      title={viewing ? `Version ${viewing.version}` : 'Version history'}
    >
      {opened &&
        (viewing ? (
          <VersionView version={viewing} onBack={() => setViewing(null)} {...props} />
        ) : (
          <VersionList
            blueprintId={props.blueprintId}
            currentVersion={props.currentVersion}
            onView={setViewing}
          />
        ))}
    </Drawer>
  );
}

type VersionListProps = {
  blueprintId: string;
  currentVersion: number;
  onView: (version: BlueprintVersion) => void;
};

function VersionList({ blueprintId, currentVersion, onView }: VersionListProps) {
  const versions = useQuery(blueprintVersionsQuery(blueprintId));
  const users = useQuery(usersQuery);
  const nameOf = (id: string | null) =>
    (id && users.data?.find((user) => user.id === id)?.name) || 'Someone who has left';

  if (versions.isPending) return <LoadingState label="Loading versions" />;
  if (versions.isError) return <ErrorState error={versions.error} onRetry={() => versions.refetch()} />;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Every save keeps a version. Open one to read it or to make it the current version again.
      </Text>
      {versions.data.map((version) => (
        <UnstyledButton
          key={version.version}
          onClick={() => onView(version)}
          p="sm"
          style={{
            border: '1px solid var(--mantine-color-default-border)',
            borderRadius: 'var(--mantine-radius-md)',
          }}
          aria-label={`Version ${version.version}, saved ${formatDateTime(version.createdAt)} by ${nameOf(version.changedBy)}`}
        >
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  Version {version.version}
                </Text>
                {version.version === currentVersion && (
                  <Badge size="xs" variant="light">
                    Current
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                <RelativeTime value={version.createdAt} /> · {nameOf(version.changedBy)}
              </Text>
            </div>
            <IconChevronRight size={18} aria-hidden />
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}

type VersionViewProps = Omit<VersionHistoryDrawerProps, 'opened' | 'onClose' | 'blueprintId'> & {
  version: BlueprintVersion;
  onBack: () => void;
};

function VersionView({
  version,
  onBack,
  currentVersion,
  currentBlueprint,
  canRestore,
  dirty,
  restoring,
  onRestore,
}: VersionViewProps) {
  const isCurrent = version.version === currentVersion;
  const changed = changedParts(version.blueprint, currentBlueprint);
  return (
    <Stack>
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          onClick={onBack}
        >
          All versions
        </Button>
        <Text size="sm" c="dimmed">
          Saved {formatDateTime(version.createdAt)}
        </Text>
      </Group>
      {isCurrent ? (
        <Text size="sm">This is the current version.</Text>
      ) : (
        <Text size="sm">
          {changed.length > 0
            ? `Differs from the current version in: ${changed.join(', ')}.`
            : 'Same content as the current version.'}
        </Text>
      )}
      {!isCurrent && canRestore && (
        <Stack gap="xs">
          {dirty && (
            <Alert color="orange" variant="light">
              You have unsaved changes. Restoring this version discards them.
            </Alert>
          )}
          <Group>
            <Button loading={restoring} onClick={() => onRestore(version.blueprint)}>
              Restore this version
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            It is saved as a new version ({currentVersion + 1}); nothing in the history is lost.
          </Text>
        </Stack>
      )}
      <BlueprintOverview blueprint={version.blueprint} />
    </Stack>
  );
}

const partNames: Record<keyof Blueprint, string> = {
  title: 'Basics',
  productStage: 'Basics',
  seniority: 'Basics',
  experienceYears: 'Basics',
  technicalDirection: 'Basics',
  engagement: 'Basics',
  headcount: 'Basics',
  existingStack: 'Your stack',
  skills: 'Skill matrix',
  responsibilities: 'Responsibilities',
  location: 'Location & remote',
  teamContext: 'Team context',
  softSkills: 'Soft skills',
  salary: 'Offer',
  offer: 'Offer',
};

function changedParts(a: Blueprint, b: Blueprint): string[] {
  const keys = Object.keys(partNames) as (keyof Blueprint)[];
  return [...new Set(keys.filter((key) => !sameValue(a[key], b[key])).map((key) => partNames[key]))];
}
