import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconExternalLink } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Job } from '../../api/jobs';
import { ErrorState } from '../../components/query-states';
import { RelativeTime } from '../../components/relative-time';
import { jobStatusBadges } from './jobs/job-status';

export function JobsSection({ jobs }: { jobs: UseQueryResult<Job[]> }) {
  // A five-column table does not fit a phone; each job becomes a small card there.
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Stack component="section" aria-labelledby="jobs-title" gap="sm">
      <div>
        <Title order={2} fz="lg" id="jobs-title">
          Jobs
        </Title>
        <Text size="sm" c="dimmed">
          Postings made from a blueprint. Open ones are on your careers page and take applications.
        </Text>
      </div>
      {jobs.isError && <ErrorState error={jobs.error} onRetry={() => jobs.refetch()} />}
      {jobs.data?.length === 0 && (
        <Card withBorder radius="md" padding="lg">
          <Text size="sm" c="dimmed">
            No job postings yet. Open a blueprint and choose “Create job posting” — Hirebench writes the
            posting for you to review before it goes live.
          </Text>
        </Card>
      )}
      {jobs.data && jobs.data.length > 0 && phone && (
        <Stack gap="sm">
          {jobs.data.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </Stack>
      )}
      {jobs.data && jobs.data.length > 0 && !phone && (
        <Card withBorder radius="md" padding={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Job</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Applications</Table.Th>
                  <Table.Th>Opened</Table.Th>
                  <Table.Th>Careers page</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data.map((job) => (
                  <JobRow key={job.id} job={job} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}

function JobRow({ job }: { job: Job }) {
  const status = jobStatusBadges[job.status];
  return (
    <Table.Tr>
      <Table.Td>
        <JobTitleLink job={job} />
      </Table.Td>
      <Table.Td>
        <Badge color={status.color} variant="light" title={status.meaning}>
          {status.label}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Text size="sm">{job.applicationCount}</Text>
          <BoardLink job={job} />
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          <RelativeTime value={job.openedAt} empty="Not yet" />
        </Text>
      </Table.Td>
      <Table.Td>
        <CareersLink job={job} />
      </Table.Td>
    </Table.Tr>
  );
}

function JobCard({ job }: { job: Job }) {
  const status = jobStatusBadges[job.status];
  return (
    <Card withBorder radius="md" padding="md">
      <JobTitleLink job={job} />
      <Group gap="xs" mt={6}>
        <Badge color={status.color} variant="light" title={status.meaning}>
          {status.label}
        </Badge>
        <Text size="sm" c="dimmed">
          {job.applicationCount} {job.applicationCount === 1 ? 'application' : 'applications'}
        </Text>
      </Group>
      <Group mt={6}>
        <BoardLink job={job} />
        <CareersLink job={job} />
      </Group>
    </Card>
  );
}

function JobTitleLink({ job }: { job: Job }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/roles/jobs/$jobId" params={{ jobId: job.id }} />}
      fw={500}
      size="sm"
    >
      {job.title}
    </Anchor>
  );
}

function BoardLink({ job }: { job: Job }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/roles/jobs/$jobId/board" params={{ jobId: job.id }} />}
      size="sm"
      aria-label={`Board of ${job.title}`}
    >
      Board
    </Anchor>
  );
}

/** Only open jobs are on the public careers page. */
function CareersLink({ job }: { job: Job }) {
  if (job.status !== 'open') {
    return (
      <Text size="sm" c="dimmed">
        Not published
      </Text>
    );
  }
  return (
    <Anchor href={job.careersUrl} target="_blank" rel="noopener" size="sm">
      <Group gap={4} wrap="nowrap" component="span">
        View on careers page
        <IconExternalLink size={14} aria-label="(opens in a new tab)" />
      </Group>
    </Anchor>
  );
}
