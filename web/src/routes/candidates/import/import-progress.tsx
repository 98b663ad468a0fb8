import { Alert, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { CandidateImport, ImportIssue } from '../../../api/candidate-imports';
import { formatCount } from './import-labels';

const shownIssues = 100;

/** Live progress of an import, then its outcome and every row that needs attention. */
export function ImportProgress({ run }: { run: CandidateImport }) {
  const finished = run.status === 'succeeded' || run.status === 'failed';
  const rows = run.totalRows ?? run.processedRows;
  const label =
    run.status === 'queued'
      ? 'Waiting to start…'
      : `${formatCount(run.processedRows)} of ${formatCount(rows)} rows · ${run.progress}%`;
  const would = run.dryRun ? 'Would be ' : '';

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600}>
              {run.dryRun ? (finished ? 'Checked' : 'Checking') : finished ? 'Imported' : 'Importing'}{' '}
              {run.filename}
            </Text>
            <Text size="sm" c="dimmed" aria-live="polite">
              {label}
            </Text>
          </Group>
          <Progress
            value={run.progress}
            size="lg"
            animated={!finished}
            striped={!finished}
            color={run.status === 'failed' ? 'red' : run.errorCount > 0 && finished ? 'yellow' : 'indigo'}
            aria-label={`${run.dryRun ? 'Dry run' : 'Import'} progress`}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mt="xs">
            <Count title={`${would}created`.replace(/^./, (c) => c.toUpperCase())} value={run.createdCount} />
            <Count title={`${would}updated`.replace(/^./, (c) => c.toUpperCase())} value={run.updatedCount} />
            <Count
              title="Rows with problems"
              value={run.errorCount}
              tone={run.errorCount ? 'red' : undefined}
            />
          </SimpleGrid>
        </Stack>
      </Paper>
      {finished && <Outcome run={run} />}
      {run.errors.length > 0 && (
        <IssueTable
          title={run.dryRun ? 'Rows that would fail' : 'Rows that failed (nothing of them was saved)'}
          issues={run.errors}
          omitted={run.omittedIssues}
        />
      )}
      {run.warnings.length > 0 && (
        <IssueTable title="Imported with something left out" issues={run.warnings} omitted={0} />
      )}
    </Stack>
  );
}

function Count({ title, value, tone }: { title: string; value: number; tone?: string }) {
  return (
    <Paper bg="gray.0" radius="sm" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      <Text fz={24} fw={700} c={tone}>
        {formatCount(value)}
      </Text>
    </Paper>
  );
}

function Outcome({ run }: { run: CandidateImport }) {
  if (run.status === 'failed') {
    const reason = run.errors.find((issue) => issue.row === 0)?.message;
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="The import stopped" role="alert">
        {reason ?? 'The file could not be read to the end.'} Rows before the problem were kept; fix the file
        and import it again — people already imported are updated, not duplicated.
      </Alert>
    );
  }
  const problems = run.errorCount
    ? ` ${formatCount(run.errorCount)} ${run.errorCount === 1 ? 'row has' : 'rows have'} problems, listed below.`
    : '';
  if (run.dryRun) {
    return (
      <Alert
        color={run.errorCount ? 'yellow' : 'teal'}
        icon={<IconCircleCheck aria-hidden />}
        title="Check done"
      >
        Nothing was written. Importing this file would create {formatCount(run.createdCount)} and update{' '}
        {formatCount(run.updatedCount)} candidates.{problems}
      </Alert>
    );
  }
  return (
    <Alert
      color={run.errorCount ? 'yellow' : 'teal'}
      icon={<IconCircleCheck aria-hidden />}
      title="Import done"
    >
      {formatCount(run.createdCount)} candidates created and {formatCount(run.updatedCount)} updated.
      {problems}
    </Alert>
  );
}

function IssueTable({ title, issues, omitted }: { title: string; issues: ImportIssue[]; omitted: number }) {
  const more = issues.length - shownIssues + omitted;
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        {title}
      </Title>
      <Table withTableBorder striped layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Row</Table.Th>
            <Table.Th w={160}>Field</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.slice(0, shownIssues).map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one row can report several issues
            <Table.Tr key={`${issue.row}-${index}`}>
              <Table.Td>{issue.row === 0 ? 'File' : issue.row}</Table.Td>
              <Table.Td>{issue.field ?? '—'}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          … and {formatCount(more)} more.
        </Text>
      )}
    </Stack>
  );
}
