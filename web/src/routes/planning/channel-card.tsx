import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { ChannelRecommendation } from '../../api/planning';
import { SourceNote } from './source-note';

const overheadLabels: Record<ChannelRecommendation['managementOverhead'], string> = {
  low: 'Little management from you',
  medium: 'Some management from you',
  high: 'A lot of management from you',
};

function startWindow({ min, max }: ChannelRecommendation['timeToStartDays']): string {
  if (max <= 3) return 'Starts within a few days';
  if (max < 21) return `Starts in ${min}–${max} days`;
  return `Starts in ${Math.round(min / 7)}–${Math.round(max / 7)} weeks`;
}

type ChannelCardProps = { recommendation: ChannelRecommendation; best: boolean };

/** A channel that does not fit stays visible, greyed, with the reason first. */
export function ChannelCard({ recommendation, best }: ChannelCardProps) {
  const { fits } = recommendation;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg={fits ? undefined : 'gray.0'}
      style={best ? { borderColor: 'var(--mantine-color-indigo-5)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={4} align="flex-start">
            {best && <Badge variant="filled">Best fit</Badge>}
            {!fits && (
              <Badge variant="light" color="gray">
                Does not fit
              </Badge>
            )}
            <Text fw={600} c={fits ? undefined : 'dimmed'}>
              {recommendation.label}
            </Text>
          </Stack>
          <SourceNote source={recommendation.source} subject={`the ${recommendation.label} figures`} />
        </Group>
        <Text size="sm" c="dimmed">
          {startWindow(recommendation.timeToStartDays)} · {recommendation.costStructure} ·{' '}
          {overheadLabels[recommendation.managementOverhead]}
        </Text>
        <Text size="sm" c={fits ? undefined : 'dimmed'}>
          Best for: {recommendation.bestFor.toLowerCase()}
        </Text>
        <List size="sm" spacing={2} c={fits ? undefined : 'dimmed'}>
          {/* The strongest reason comes first; for a channel that does not fit, that is why. */}
          {recommendation.reasons.slice(0, fits ? 3 : 1).map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
