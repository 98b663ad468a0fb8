import { BarChart } from '@mantine/charts';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type CalibrationItem, calibrationQuery } from '../../api/scheduling';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, LoadingState } from '../../components/query-states';

const ratingLabels = { '1': '1 · Poor', '2': '2 · Weak', '3': '3 · Solid', '4': '4 · Exceptional' } as const;

const tendencies: Record<CalibrationItem['tendency'], { label: string; color: string; meaning: string }> = {
  harsher: {
    label: 'Rates harsher than the panel',
    color: 'orange',
    meaning: 'Their ratings are well below what others gave the same candidates.',
  },
  softer: {
    label: 'Rates softer than the panel',
    color: 'grape',
    meaning: 'Their ratings are well above what others gave the same candidates.',
  },
  in_line: { label: 'In line with the panel', color: 'teal', meaning: 'Close to what others gave.' },
  unknown: {
    label: 'Not enough shared candidates yet',
    color: 'gray',
    meaning: 'Nobody else has rated the same candidates yet, so there is nothing to compare with.',
  },
};

const oneDecimal = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** How each interviewer rates compared with the rest of the panel, and how many interviews they carry. */
export function CalibrationSection() {
  const calibration = useQuery(calibrationQuery);
  if (calibration.isPending) return <LoadingState label="Loading interviewer calibration" />;
  if (calibration.isError) {
    return <ErrorState error={calibration.error} onRetry={() => calibration.refetch()} />;
  }
  const { items, from, to } = calibration.data;
  const weeks = Math.max(1, (new Date(to).getTime() - new Date(from).getTime()) / (7 * 86_400_000));
  return (
    <Stack gap="md" component="section" aria-labelledby="calibration-heading">
      <Stack gap={4}>
        <Title order={2} fz="xl" id="calibration-heading">
          Interviewer calibration
        </Title>
        <Text c="dimmed" maw={760}>
          How each interviewer rated candidates over the last {Math.round(weeks)} weeks — from 1 (poor) to 4
          (exceptional) — compared with the others who interviewed the same candidates. Someone far harsher or
          softer than the panel is worth a conversation — it is a prompt, not a verdict.
        </Text>
      </Stack>
      {items.length === 0 ? (
        <EmptyState
          icon={<IconScale aria-hidden />}
          title="No scorecards yet"
          description="Once interviewers submit scorecards, you see here how each of them rates and how many interviews they carry each week."
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {items.map((item) => (
            <InterviewerCard key={item.interviewerId} item={item} weeks={weeks} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function InterviewerCard({ item, weeks }: { item: CalibrationItem; weeks: number }) {
  const tendency = tendencies[item.tendency];
  const total = item.loadByWeek.reduce((sum, week) => sum + week.interviews, 0);
  const busiest = item.loadByWeek.reduce((max, week) => Math.max(max, week.interviews), 0);
  const ratingsGiven = (['1', '2', '3', '4'] as const).reduce(
    (sum, rating) => sum + (item.distribution[rating] ?? 0),
    0,
  );
  // Shares rather than counts, so a busy interviewer's chart compares with a new one's.
  const rows = (['1', '2', '3', '4'] as const).map((rating) => ({
    rating: ratingLabels[rating],
    share: ratingsGiven === 0 ? 0 : Math.round(((item.distribution[rating] ?? 0) / ratingsGiven) * 100),
  }));
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={item.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Text fw={600}>{item.name}</Text>
            <Text size="sm" c="dimmed">
              {item.scorecards} scorecard{item.scorecards === 1 ? '' : 's'} · {ratingsGiven} ratings
            </Text>
          </Stack>
          <Badge variant="light" color={tendency.color} title={tendency.meaning}>
            {tendency.label}
          </Badge>
        </Group>
        <BarChart
          h={150}
          data={rows}
          dataKey="rating"
          series={[{ name: 'share', label: 'Share of their ratings', color: 'indigo.6' }]}
          valueFormatter={(value) => `${value}%`}
          yAxisProps={{ domain: [0, 118] }}
          gridAxis="none"
          withYAxis={false}
          withBarValueLabel
          withTooltip={false}
          maxBarWidth={40}
          tickLine="none"
          aria-label={`${item.name}’s ratings: ${rows.map((row) => `${row.share}% ${row.rating}`).join(', ')}`}
        />
        <SimpleGrid cols={3} spacing="xs">
          <Figure label="Their average rating" value={oneDecimal(item.averageRating)} />
          <Figure
            label="Same candidates: them vs the panel"
            value={
              item.panelAverage === null
                ? '—'
                : `${oneDecimal(item.ownAverageOnShared)} vs ${oneDecimal(item.panelAverage)}`
            }
            hint={
              item.sharedCandidates > 0
                ? `${item.sharedCandidates} shared candidate${item.sharedCandidates === 1 ? '' : 's'}`
                : undefined
            }
          />
          <Figure
            label="Interviews a week"
            value={(total / weeks).toFixed(1)}
            hint={total > 0 ? `${total} in all · busiest week ${busiest}` : undefined}
          />
        </SimpleGrid>
        {item.strongShare !== null && (
          <Text size="xs" c="dimmed">
            {item.strongShare === 0
              ? 'None of their recommendations was a strong yes or a strong no.'
              : `${Math.round(item.strongShare * 100)}% of their recommendations were a strong yes or a strong no.`}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
