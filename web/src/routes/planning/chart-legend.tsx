import { Box, Group, Text } from '@mantine/core';

type LegendSeries = { name: string; label: string; color: string; strokeDasharray?: string };

const colorVar = (color: string) => `var(--mantine-color-${color.replace('.', '-')})`;

/** A legend that wraps on phones (the chart's own legend clips or overlaps long labels). */
export function ChartLegend({
  series,
  swatch = 'line',
}: {
  series: LegendSeries[];
  swatch?: 'line' | 'square';
}) {
  return (
    <Group gap="md" justify="center" style={{ rowGap: 4 }}>
      {series.map((item) => (
        <Group key={item.name} gap={6} wrap="nowrap">
          {swatch === 'square' ? (
            <Box w={12} h={12} bg={item.color} style={{ borderRadius: 3 }} aria-hidden />
          ) : (
            // Dashed series show dashed, as in the chart.
            <Box
              w={18}
              h={0}
              style={{
                borderTop: `3px ${item.strokeDasharray ? 'dashed' : 'solid'} ${colorVar(item.color)}`,
              }}
              aria-hidden
            />
          )}
          <Text size="sm">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
