import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { applicationScorecardsQuery } from '../../api/interviews';
import { recommendationLabel } from './interview-labels';

/** The other panelists' scorecards — hidden, with the reason, until the viewer may read them. */
export function PanelScorecards({ applicationId }: { applicationId: string }) {
  const scorecards = useQuery(applicationScorecardsQuery(applicationId));
  if (!scorecards.data) return null;
  const { items, hidden } = scorecards.data;
  if (items.length === 0 && hidden.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        The panel’s scorecards
      </Title>
      {items.map((card) => (
        <Paper key={card.id} withBorder radius="md" p="sm">
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {card.author.name} · {card.interview.title}
            </Text>
            <Badge variant="light">
              {card.status === 'submitted' ? recommendationLabel(card.recommendation) : 'Draft'}
            </Badge>
          </Group>
          {card.summary && (
            <Text size="sm" mt={4}>
              {card.summary}
            </Text>
          )}
        </Paper>
      ))}
      {hidden.map((card) => (
        <Paper key={`${card.interviewId}-${card.author.id}`} withBorder radius="md" p="sm" bg="gray.0">
          <Group gap="xs">
            <IconLock size={16} aria-hidden />
            <Text size="sm">
              {card.author.name} · {card.interview.title}:{' '}
              {card.reason === 'submit_yours_first'
                ? 'submit your own scorecard to read this one'
                : 'not submitted yet'}
            </Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
