import { Badge, Button, Card, Code, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconClockPlay } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backgroundJobsQuery, pageSize, retryBackgroundJob } from '../../../api/admin';
import { errorMessage } from '../../../api/client';
import type { BackgroundJob, BackgroundJobStatus } from '../../../api/types';
import { AdminOnly } from '../../../components/admin-only';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { TablePagination } from '../../../components/table-pagination';

const statuses: { value: BackgroundJobStatus; label: string; color: string; empty: string }[] = [
  { value: 'failed', label: 'Failed', color: 'red', empty: 'No failed jobs. Nothing needs fixing.' },
  { value: 'queued', label: 'Queued', color: 'yellow', empty: 'Nothing is waiting to run.' },
  { value: 'running', label: 'Running', color: 'indigo', empty: 'Nothing is running right now.' },
  {
    value: 'succeeded',
    label: 'Succeeded',
    color: 'green',
    empty: 'No finished jobs yet. They appear here once e-mails are sent or demo data is loaded.',
  },
];

export function BackgroundJobsPage() {
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Work Hirebench does behind the scenes, such as sending e-mails and loading demo data. If a job failed, you can run it again."
      />
      <AdminOnly>
        <JobsList />
      </AdminOnly>
    </>
  );
}

function JobsList() {
  const [status, setStatus] = useState<BackgroundJobStatus>('failed');
  const [page, setPage] = useState(1);
  const jobs = useQuery(backgroundJobsQuery(status, page));
  const queryClient = useQueryClient();
  const current = statuses.find((option) => option.value === status) ?? statuses[0]!;

  const retry = useMutation({
    mutationFn: (job: BackgroundJob) => retryBackgroundJob(job.id),
    onSuccess: (job) => {
      void queryClient.invalidateQueries({ queryKey: ['background-jobs'] });
      notifications.show({ color: 'green', message: `“${job.type}” will run again shortly.` });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not retry', message: errorMessage(error) }),
  });

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Show jobs that are"
        value={status}
        onChange={(value) => {
          setStatus(value as BackgroundJobStatus);
          setPage(1);
        }}
        data={statuses.map(({ value, label }) => ({ value, label }))}
        style={{ alignSelf: 'flex-start' }}
        maw="100%"
      />
      {jobs.isPending && <LoadingState label="Loading jobs" />}
      {jobs.isError && <ErrorState error={jobs.error} onRetry={() => jobs.refetch()} />}
      {jobs.data?.total === 0 && (
        <EmptyState
          icon={status === 'failed' ? <IconCircleCheck aria-hidden /> : <IconClockPlay aria-hidden />}
          title={current.empty}
          description="Jobs move through queued, running and then succeeded or failed. Failed jobs can be retried from the Failed tab."
        />
      )}
      {jobs.data && jobs.data.total > 0 && (
        <>
          <Card withBorder radius="md" padding={0}>
            <Table.ScrollContainer minWidth={880}>
              <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Type</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Attempts</Table.Th>
                    <Table.Th>Last error</Table.Th>
                    <Table.Th>Runs at</Table.Th>
                    <Table.Th>Updated</Table.Th>
                    {status === 'failed' && <Table.Th>Action</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {jobs.data.items.map((job) => (
                    <Table.Tr key={job.id}>
                      <Table.Td>
                        <Code>{job.type}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={statuses.find((s) => s.value === job.status)?.color}>
                          {job.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {job.attempts} of {job.maxAttempts}
                        </Text>
                      </Table.Td>
                      <Table.Td maw={320}>
                        <Text
                          size="sm"
                          c={job.lastError ? 'red.8' : 'dimmed'}
                          lineClamp={3}
                          title={job.lastError ?? undefined}
                        >
                          {job.lastError ?? '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <RelativeTime value={job.runAt} />
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <RelativeTime value={job.updatedAt} />
                        </Text>
                      </Table.Td>
                      {status === 'failed' && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            loading={retry.isPending && retry.variables?.id === job.id}
                            onClick={() => retry.mutate(job)}
                            aria-label={`Retry ${job.type}`}
                          >
                            Retry
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <TablePagination page={page} pageSize={pageSize} total={jobs.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
