import { Anchor, Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type Job, jobsQuery } from '../../api/jobs';

/** Open jobs with applications to look at; scorecards, stalled candidates and offers will join them. */
export function TodayCard() {
  const openJobs = useQuery(jobsQuery('open'));
  const withApplications = (openJobs.data ?? []).filter((job) => job.applicationCount > 0);

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb="md">
        What needs you today
      </Title>
      {withApplications.length > 0 ? <JobsWithApplications jobs={withApplications} /> : <NothingYet />}
    </Card>
  );
}

function JobsWithApplications({ jobs }: { jobs: Job[] }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Applications are waiting in your open jobs.
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {jobs.map((job) => (
          <Group component="li" key={job.id} justify="space-between" wrap="nowrap" gap="sm">
            <Anchor
              renderRoot={(props) => (
                <Link
                  {...props}
                  to="/roles/jobs/$jobId"
                  params={{ jobId: job.id }}
                  search={{ tab: 'applications' }}
                />
              )}
              size="sm"
              fw={500}
            >
              {job.title}
            </Anchor>
            <Badge variant="light" style={{ flexShrink: 0 }} tt="none">
              {job.applicationCount} {job.applicationCount === 1 ? 'application' : 'applications'}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}

function NothingYet() {
  return (
    <Group wrap="nowrap" align="flex-start" gap="md">
      <ThemeIcon variant="light" color="green" size={40} radius="xl">
        <IconCircleCheck size={24} aria-hidden />
      </ThemeIcon>
      <div>
        <Text fw={500}>Nothing needs your attention yet.</Text>
        <Text size="sm" c="dimmed" mt={4}>
          Once you are hiring, this is where you will find new applications, scorecards to fill in, candidates
          waiting too long in a stage, offers to approve and today's interviews.
        </Text>
      </div>
    </Group>
  );
}
