import { BarChart } from '@mantine/charts';
import { Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CostBreakdown } from '../../api/planning';
import { ChartLegend } from './chart-legend';
import { formatCompactMoney, formatMoney } from './planning-format';

type CostItem = CostBreakdown['items'][number];
type Row = { label: string; cash?: number; risk?: number; item: CostItem };

// The server's labels are full sentences; the axis needs a few words.
const shortLabels: Record<CostItem['key'], string> = {
  salary_productive: 'Pay for full-speed work',
  ramp_up: 'Pay during ramp-up',
  overhead: 'Benefits & overhead',
  recruiting_fee: 'Recruiting cost',
  bad_hire_exposure: 'Bad-hire risk',
};

const costSeries = [
  { name: 'cash', label: 'Money you pay', color: 'indigo.6' },
  { name: 'risk', label: 'Expected risk (not a bill)', color: 'orange.5' },
];

/** One bar per cost item; money paid out and expected risk get different colours. */
export function CostBreakdownChart({ breakdown }: { breakdown: CostBreakdown }) {
  const rows: Row[] = breakdown.items.map((item) => ({
    label: shortLabels[item.key],
    [item.kind]: item.amount,
    item,
  }));
  const money = (amount: number) => formatCompactMoney(amount, breakdown.currency);
  // On phones the labels get less room so the bars stay readable.
  const narrow = useMediaQuery('(max-width: 36em)');
  return (
    <Stack gap="xs">
      <BarChart
        h={240}
        data={rows}
        dataKey="label"
        orientation="vertical"
        type="stacked"
        series={costSeries}
        valueFormatter={money}
        yAxisProps={{ width: narrow ? 110 : 160 }}
        xAxisProps={{ tickFormatter: money }}
        gridAxis="x"
        maxBarWidth={28}
        tooltipProps={{
          content: ({ payload }) => {
            const row = payload?.[0]?.payload as Row | undefined;
            return row ? <CostTooltip item={row.item} currency={breakdown.currency} /> : null;
          },
        }}
      />
      <ChartLegend series={costSeries} swatch="square" />
    </Stack>
  );
}

function CostTooltip({ item, currency }: { item: CostItem; currency: string }) {
  return (
    <Paper withBorder shadow="md" p="sm" maw={300}>
      <Text size="sm" fw={600}>
        {item.label}
      </Text>
      <Text size="sm">{formatMoney(item.amount, currency)}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        Source: {item.source}
      </Text>
    </Paper>
  );
}
