import { Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { todayQuery } from '../../api/today';
import { ErrorState } from '../../components/query-states';
import { browserTimeZone } from '../../lib/time-zones';
import { TodaySectionView } from './today-sections';

/**
 * The signed-in person's own to-dos, most pressing first: offers to approve, scorecards to write, today's
 * interviews, hand-ins to review, onboarding items, candidates waiting too long and new applications.
 */
export function TodayCard() {
  const [timeZone] = useState(browserTimeZone);
  const today = useQuery(todayQuery(timeZone));

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="today-card-title">
      <Title order={2} fz="lg" mb="md" id="today-card-title">
        What needs you today
      </Title>
      {today.isPending ? (
        <Stack gap="sm" aria-label="Loading what needs you today">
          <Skeleton height={14} width="60%" />
          <Skeleton height={12} width="90%" />
          <Skeleton height={12} width="75%" />
        </Stack>
      ) : today.isError ? (
        <ErrorState error={today.error} onRetry={() => today.refetch()} />
      ) : today.data.sections.length === 0 ? (
        <AllClear />
      ) : (
        <Stack gap="lg">
          {today.data.sections.map((section) => (
            <TodaySectionView key={section.kind} section={section} today={today.data.date} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function AllClear() {
  return (
    <Group wrap="nowrap" align="flex-start" gap="md">
      <ThemeIcon variant="light" color="green" size={40} radius="xl">
        <IconCircleCheck size={24} aria-hidden />
      </ThemeIcon>
      <div>
        <Text fw={500}>All clear: nothing needs you right now.</Text>
        <Text size="sm" c="dimmed" mt={4}>
          This is where your own to-dos will appear, most pressing first: offers waiting for your approval,
          scorecards to write after an interview, today's interviews, hand-ins to review, onboarding items you
          own, candidates waiting too long in a stage and new applications in the jobs you look after.
        </Text>
      </div>
    </Group>
  );
}
