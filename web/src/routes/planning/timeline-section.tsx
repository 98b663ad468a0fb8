import { Alert, Group, List, Text, Timeline } from '@mantine/core';
import { IconCalendarEvent, IconFlag, IconSnowflake } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type HiringTimeline, type TimelineInput, timelineQuery } from '../../api/planning';
import { ErrorState, LoadingState } from '../../components/query-states';
import { PlanSection } from './plan-section';
import { formatDaysWithWeeks, formatPlanDate, formatShortPlanDate } from './planning-format';
import { channelPhrases } from './planning-labels';
import { SourceNote } from './source-note';

export function TimelineSection({ input }: { input: TimelineInput }) {
  const timeline = useQuery(timelineQuery(input));
  return (
    <PlanSection
      title="When you will realistically hire"
      description={`If you start the search today and hire ${channelPhrases[input.channel]}. Finding people, not interviewing them, is usually what takes longest.`}
    >
      {timeline.isPending && <LoadingState label="Working out the dates" />}
      {timeline.isError && <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />}
      {timeline.data && <TimelineDetails timeline={timeline.data} />}
    </PlanSection>
  );
}

function TimelineDetails({ timeline }: { timeline: HiringTimeline }) {
  const lastIndex = timeline.milestones.length - 1;
  return (
    <>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Text>
          Expect the first working day in{' '}
          <Text span fw={700}>
            {formatDaysWithWeeks(timeline.totalDays)}
          </Text>
          , somewhere between {timeline.totalDaysRange.min} and {timeline.totalDaysRange.max} days from today.
        </Text>
        <SourceNote source={timeline.sources.join(' · ')} subject="these dates" />
      </Group>
      {timeline.q4Effect.applied && timeline.q4Effect.note && (
        <Alert variant="light" color="cyan" icon={<IconSnowflake aria-hidden />} title="Starting in Q4 helps">
          {timeline.q4Effect.note}
        </Alert>
      )}
      <Timeline active={lastIndex} bulletSize={26} lineWidth={2}>
        {timeline.milestones.map((milestone, index) => (
          <Timeline.Item
            key={milestone.key}
            title={milestone.label}
            bullet={
              index === lastIndex ? (
                <IconFlag size={14} aria-hidden />
              ) : (
                <IconCalendarEvent size={14} aria-hidden />
              )
            }
          >
            <Text size="sm" fw={500}>
              {formatPlanDate(milestone.date)}
              {milestone.dayOffset > 0 && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  · day {milestone.dayOffset}
                </Text>
              )}
            </Text>
            {milestone.rangeEarliest !== milestone.rangeLatest && (
              <Text size="xs" c="dimmed">
                Between {formatShortPlanDate(milestone.rangeEarliest)} and{' '}
                {formatShortPlanDate(milestone.rangeLatest)}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      {timeline.notes.length > 0 && (
        <List size="sm" c="dimmed" spacing={4}>
          {timeline.notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      )}
    </>
  );
}
