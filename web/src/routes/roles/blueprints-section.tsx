import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type BlueprintSummary, blueprintsQuery } from '../../api/roles';
import { ErrorState, LoadingState } from '../../components/query-states';
import { RelativeTime } from '../../components/relative-time';
import { labelOf, productStageOptions, seniorityLabels } from '../../domain/blueprint-labels';

type Shown = 'active' | 'archived';

export function BlueprintsSection({ canEdit }: { canEdit: boolean }) {
  const [shown, setShown] = useState<Shown>('active');
  const blueprints = useQuery(blueprintsQuery(shown === 'archived'));

  return (
    <Stack component="section" aria-labelledby="blueprints-title" gap="sm">
      <Group justify="space-between" gap="sm">
        <div>
          <Title order={2} fz="lg" id="blueprints-title">
            Blueprints
          </Title>
          <Text size="sm" c="dimmed">
            Who you want to hire. Each job posting is written from one.
          </Text>
        </div>
        <SegmentedControl<Shown>
          aria-label="Which blueprints to show"
          size="xs"
          data={[
            { value: 'active', label: 'Active' },
            { value: 'archived', label: 'Archived' },
          ]}
          value={shown}
          onChange={setShown}
        />
      </Group>
      {blueprints.isPending && <LoadingState label="Loading blueprints" />}
      {blueprints.isError && <ErrorState error={blueprints.error} onRetry={() => blueprints.refetch()} />}
      {blueprints.data?.length === 0 && (
        <Card withBorder radius="md" padding="lg">
          <Text size="sm" c="dimmed">
            {shown === 'archived'
              ? 'Nothing archived. Archive a blueprint from its page when you no longer hire for it.'
              : 'No active blueprints. Start one from a template; it takes a few minutes.'}
          </Text>
          {shown === 'active' && canEdit && (
            <Group mt="sm">
              <Button component={Link} to="/roles/new" size="xs">
                Start from a template
              </Button>
            </Group>
          )}
        </Card>
      )}
      {blueprints.data && blueprints.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {blueprints.data.map((blueprint) => (
            <BlueprintCard key={blueprint.id} blueprint={blueprint} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function BlueprintCard({ blueprint }: { blueprint: BlueprintSummary }) {
  return (
    <Card component="article" withBorder radius="md" padding="md">
      <Stack gap="xs" style={{ flex: 1 }}>
        <Title order={3} fz="md">
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/roles/blueprints/$blueprintId" params={{ blueprintId: blueprint.id }} />
            )}
            inherit
            c="var(--mantine-color-text)"
          >
            {blueprint.title}
          </Anchor>
        </Title>
        <Group gap={6}>
          <Badge variant="light" color="gray">
            {seniorityLabels[blueprint.seniority]}
          </Badge>
          <Badge variant="light" color="gray">
            {labelOf(productStageOptions, blueprint.productStage)}
          </Badge>
        </Group>
        <FindingCounts errors={blueprint.errors} warnings={blueprint.warnings} />
      </Stack>
      <Group justify="space-between" mt="md" gap="xs">
        <Text size="xs" c="dimmed">
          Version {blueprint.version} · updated <RelativeTime value={blueprint.updatedAt} />
        </Text>
        <Button
          renderRoot={(props) => (
            <Link {...props} to="/roles/blueprints/$blueprintId" params={{ blueprintId: blueprint.id }} />
          )}
          size="xs"
          variant="light"
          aria-label={`Open ${blueprint.title}`}
        >
          Open
        </Button>
      </Group>
    </Card>
  );
}

/** "2 errors · 3 warnings", or a green "Ready to publish". */
function FindingCounts({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) {
    return (
      <Badge color="green" variant="light" tt="none">
        Ready to publish
      </Badge>
    );
  }
  return (
    <Group gap={6}>
      {errors > 0 && (
        <Badge color="red" variant="light" tt="none">
          {errors} {errors === 1 ? 'error' : 'errors'}
        </Badge>
      )}
      {warnings > 0 && (
        <Badge color="orange" variant="light" tt="none">
          {warnings} {warnings === 1 ? 'warning' : 'warnings'}
        </Badge>
      )}
    </Group>
  );
}
