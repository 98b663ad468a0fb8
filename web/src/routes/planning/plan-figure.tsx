import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SourceNote } from './source-note';

type PlanFigureProps = {
  label: string;
  value: string;
  /** One plain sentence on what the number means. */
  description: ReactNode;
  source?: string;
};

/** One headline number with what it means and, one click away, where it comes from. */
export function PlanFigure({ label, value, description, source }: PlanFigureProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group gap={4} justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        {source && <SourceNote source={source} subject={label.toLowerCase()} />}
      </Group>
      <Text fz={22} fw={700} mt={2} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {description}
      </Text>
    </Paper>
  );
}
