import { Badge, Paper, Stack, Text, Timeline } from '@mantine/core';
import { IconArrowRight, IconMail, IconNote, IconPoint } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type Candidate, candidateTimelineQuery, type TimelineItem } from '../../../api/candidates';
import { jobsQuery } from '../../../api/jobs';
import { usersQuery } from '../../../api/team';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { describeEvent } from './describe-event';
import { NoteComposer } from './note-composer';

export function TimelineTab({ candidate }: { candidate: Candidate }) {
  const timeline = useQuery(candidateTimelineQuery(candidate.id));
  const jobs = useQuery(jobsQuery());
  const users = useQuery(usersQuery);
  // Job titles for events: the candidate's own applications first, then every job (for closed or merged ones).
  const jobTitle = (jobId: string | null) =>
    candidate.applications.find((application) => application.jobId === jobId)?.jobTitle ??
    jobs.data?.find((job) => job.id === jobId)?.title ??
    null;
  const userName = (id: string) => users.data?.find((user) => user.id === id)?.name;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <NoteComposer candidateId={candidate.id} />
      </Paper>
      {timeline.isPending && <LoadingState label="Loading the timeline" />}
      {timeline.isError && <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />}
      {timeline.data && (
        <Timeline bulletSize={26} lineWidth={2} active={-1}>
          {timeline.data.map((item) => (
            <Timeline.Item
              key={item.id}
              bullet={<ItemIcon item={item} />}
              title={<ItemTitle item={item} jobTitle={jobTitle} />}
            >
              {item.kind === 'note' && (
                <>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} mt={4}>
                    {item.body}
                  </Text>
                  {item.mentions.length > 0 && (
                    <Text size="xs" c="dimmed" mt={4}>
                      Mentioned: {item.mentions.map((id) => userName(id) ?? 'a former teammate').join(', ')}
                    </Text>
                  )}
                </>
              )}
              <Text size="xs" c="dimmed" mt={4}>
                <RelativeTime value={item.at} />
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}

function ItemIcon({ item }: { item: TimelineItem }) {
  if (item.kind === 'note') return <IconNote size={14} aria-hidden />;
  if (item.kind === 'email') return <IconMail size={14} aria-hidden />;
  if (item.type === 'moved' || item.type === 'reopened') return <IconArrowRight size={14} aria-hidden />;
  return <IconPoint size={14} aria-hidden />;
}

function ItemTitle({
  item,
  jobTitle,
}: {
  item: TimelineItem;
  jobTitle: (jobId: string | null) => string | null;
}) {
  if (item.kind === 'note') {
    return (
      <Text size="sm" fw={600}>
        {item.actor ?? 'Someone'} wrote a note
      </Text>
    );
  }
  if (item.kind === 'email') {
    return (
      <Text size="sm" fw={600}>
        E-mail: {item.subject}{' '}
        <Badge size="xs" variant="light" color={item.status === 'failed' ? 'red' : 'gray'}>
          {emailStatus[item.status] ?? item.status}
        </Badge>
      </Text>
    );
  }
  return (
    <Text size="sm" fw={600}>
      {describeEvent(item, jobTitle(item.jobId))}
    </Text>
  );
}

const emailStatus: Record<string, string> = {
  queued: 'Waiting to send',
  sent: 'Sent',
  failed: 'Not sent',
  stored: 'In the outbox',
};
