import { Badge, Group, Text, Timeline, Title } from '@mantine/core';
import { IconArrowRight, IconMail, IconNote, IconPoint } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import {
  candidateTimelineQuery,
  rejectionReasonsQuery,
  type Stage,
  type TimelineEntry,
} from '../../api/pipeline';
import { ErrorState, LoadingState } from '../../components/query-states';
import { RelativeTime } from '../../components/relative-time';

type CandidateTimelineProps = { candidateId: string; jobId: string; stages: Stage[] };

const emailStatus: Record<string, { label: string; color: string }> = {
  queued: { label: 'Waiting to go out', color: 'yellow' },
  sent: { label: 'Sent', color: 'teal' },
  stored: { label: 'Kept in the outbox (no mail server set up)', color: 'gray' },
  failed: { label: 'Could not be sent', color: 'red' },
};

/** Everything that happened with the candidate, newest first: moves, notes and e-mails, with who and when. */
export function CandidateTimeline({ candidateId, jobId, stages }: CandidateTimelineProps) {
  const timeline = useQuery(candidateTimelineQuery(candidateId));
  const reasons = useQuery(rejectionReasonsQuery);
  const stageName = (key: string | null) =>
    stages.find((stage) => stage.key === key)?.name ?? key ?? 'a stage';
  const reasonLabel = (code: unknown) => reasons.data?.find((reason) => reason.code === code)?.label;

  const describe = (entry: Extract<TimelineEntry, { kind: 'event' }>): string => {
    const elsewhere = entry.jobId && entry.jobId !== jobId ? ' (another job)' : '';
    switch (entry.type) {
      case 'created':
        return 'Added to Hirebench';
      case 'applied':
        return `Applied${elsewhere}`;
      case 'moved':
        return `Moved from ${stageName(entry.fromStage)} to ${stageName(entry.toStage)}${elsewhere}`;
      case 'rejected': {
        const reason = reasonLabel(entry.data?.reason);
        return `Rejected${reason ? `: ${reason}` : ''}${elsewhere}`;
      }
      case 'reopened':
        return `Back in the running, in ${stageName(entry.toStage)}${elsewhere}`;
      case 'tagged': {
        const added = (entry.data?.add as string[] | undefined) ?? [];
        const removed = (entry.data?.remove as string[] | undefined) ?? [];
        return [
          added.length ? `Tagged ${added.join(', ')}` : '',
          removed.length ? `Untagged ${removed.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ');
      }
      case 'updated':
        return 'Profile edited';
      case 'merged':
        return 'Merged with a duplicate profile';
      default:
        return entry.type.replaceAll('_', ' ');
    }
  };

  return (
    <section>
      <Title order={3} fz="sm" mb="sm">
        Timeline
      </Title>
      {timeline.isPending && <LoadingState label="Loading the timeline" />}
      {timeline.isError && <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />}
      {timeline.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing has happened yet. Moves, notes and e-mails will show up here.
        </Text>
      )}
      {timeline.data && timeline.data.length > 0 && (
        <Timeline bulletSize={22} lineWidth={2}>
          {timeline.data.map((entry) => (
            <Timeline.Item key={`${entry.kind}-${entry.id}`} bullet={<EntryIcon entry={entry} />}>
              {entry.kind === 'event' && <Text size="sm">{describe(entry)}</Text>}
              {entry.kind === 'note' && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.body}
                </Text>
              )}
              {entry.kind === 'email' && (
                <Group gap={6}>
                  <Text size="sm">E-mail: {entry.subject}</Text>
                  <Badge
                    size="xs"
                    variant="light"
                    tt="none"
                    color={emailStatus[entry.status]?.color ?? 'gray'}
                  >
                    {emailStatus[entry.status]?.label ?? entry.status}
                  </Badge>
                </Group>
              )}
              <Text size="xs" c="dimmed" mt={2}>
                {actorOf(entry)} · <RelativeTime value={entry.at} />
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
}

/** Who did it; without a person it was the candidate (applying) or Hirebench itself (imports, demo data). */
function actorOf(entry: TimelineEntry): string {
  if (entry.kind === 'email') return 'To the candidate';
  if (entry.actor) return entry.kind === 'note' ? `${entry.actor} wrote` : entry.actor;
  return entry.kind === 'event' && entry.type === 'applied' ? 'The candidate' : 'Hirebench';
}

function EntryIcon({ entry }: { entry: TimelineEntry }) {
  if (entry.kind === 'note') return <IconNote size={13} aria-hidden />;
  if (entry.kind === 'email') return <IconMail size={13} aria-hidden />;
  if (entry.type === 'moved' || entry.type === 'reopened') return <IconArrowRight size={13} aria-hidden />;
  return <IconPoint size={13} aria-hidden />;
}
