import { Card, Group, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';

/** Will list scorecards due, stalled candidates and offers to approve; none of that exists yet. */
export function TodayCard() {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb="md">
        What needs you today
      </Title>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <ThemeIcon variant="light" color="green" size={40} radius="xl">
          <IconCircleCheck size={24} aria-hidden />
        </ThemeIcon>
        <div>
          <Text fw={500}>Nothing needs your attention yet.</Text>
          <Text size="sm" c="dimmed" mt={4}>
            Once you are hiring, this is where you will find scorecards to fill in, candidates waiting too
            long in a stage, offers to approve and today's interviews.
          </Text>
        </div>
      </Group>
    </Card>
  );
}
