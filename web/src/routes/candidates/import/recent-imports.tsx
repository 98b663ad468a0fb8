import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ImportStatus, recentImportsQuery } from '../../../api/candidate-imports';
import { RelativeTime } from '../../../components/relative-time';
import { formatCount } from './import-labels';

const statusColor: Record<ImportStatus, string> = {
  queued: 'gray',
  running: 'indigo',
  succeeded: 'teal',
  failed: 'red',
};

export function RecentImports() {
  const imports = useQuery(recentImportsQuery());
  if (!imports.data?.length) return null;
  return (
    <Stack gap="xs" mt="xl">
      <Title order={2} fz="lg">
        Recent imports
      </Title>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Created</Table.Th>
            <Table.Th ta="right">Updated</Table.Th>
            <Table.Th ta="right">Problems</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.data.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>
                <Anchor
                  size="sm"
                  renderRoot={(props) => (
                    <Link {...props} to="/candidates/import" search={{ importId: run.id }} />
                  )}
                >
                  {run.filename}
                </Anchor>
                {run.dryRun && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (check only)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RelativeTime value={run.createdAt} />
              </Table.Td>
              <Table.Td>
                <Badge color={statusColor[run.status]} variant="light">
                  {run.status === 'running' ? `${run.progress}%` : run.status}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{formatCount(run.createdCount)}</Table.Td>
              <Table.Td ta="right">{formatCount(run.updatedCount)}</Table.Td>
              <Table.Td ta="right">{formatCount(run.errorCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
