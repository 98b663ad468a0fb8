import { LineChart } from '@mantine/charts';
import { Alert, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type JuniorVsSenior, juniorVsSeniorQuery } from '../../api/planning';
import { ErrorState, LoadingState } from '../../components/query-states';
import type { Blueprint } from '../../domain/hiring-domain';
import { ChartLegend } from './chart-legend';
import { PlanSection } from './plan-section';
import { formatCompactMoney, formatMoney } from './planning-format';
import { directionLabels } from './planning-labels';
import { SourceNote } from './source-note';

const MONTHS = 24;
const directionOptions = Object.entries(directionLabels).map(([value, { label }]) => ({ value, label }));

// Solid lines are work delivered, dashed lines are cost; senior in indigo, junior in orange.
const lineSeries = [
  { name: 'seniorValue', label: 'Senior: work delivered', color: 'indigo.6' },
  { name: 'seniorCost', label: 'Senior: cost', color: 'indigo.3', strokeDasharray: '6 4' },
  { name: 'juniorValue', label: 'Junior: work delivered', color: 'orange.6' },
  { name: 'juniorCost', label: 'Junior: cost incl. rewrite risk', color: 'orange.3', strokeDasharray: '6 4' },
];

type JuniorVsSeniorSectionProps = {
  technicalDirection: Blueprint['technicalDirection'];
  remote: boolean;
};

export function JuniorVsSeniorSection({ technicalDirection, remote }: JuniorVsSeniorSectionProps) {
  // Follows the blueprint until the person picks another answer here.
  const [chosenDirection, setDirection] = useState<Blueprint['technicalDirection'] | null>(null);
  const direction = chosenDirection ?? technicalDirection;
  const comparison = useQuery(juniorVsSeniorQuery({ months: MONTHS, technicalDirection: direction, remote }));
  return (
    <PlanSection
      title={`Junior vs senior over ${MONTHS} months`}
      description="What each costs against the work each delivers. Juniors cost less but need direction; without it their work often has to be redone."
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="direction-label">
          Technical direction your team can give a junior
        </Text>
        <SegmentedControl
          aria-labelledby="direction-label"
          data={directionOptions}
          value={direction}
          onChange={(value) => setDirection(value as Blueprint['technicalDirection'])}
          maw={360}
        />
        <Text size="xs" c="dimmed">
          {directionLabels[direction].meaning}
        </Text>
      </Stack>
      {comparison.isPending && <LoadingState label="Comparing a junior and a senior" />}
      {comparison.isError && <ErrorState error={comparison.error} onRetry={() => comparison.refetch()} />}
      {comparison.data && <ComparisonDetails comparison={comparison.data} />}
    </PlanSection>
  );
}

function ComparisonDetails({ comparison }: { comparison: JuniorVsSenior }) {
  const { junior, senior } = comparison.totals;
  const data = comparison.timeline.map((month) => ({
    month: `Month ${month.month}`,
    seniorValue: month.senior.cumulativeValue,
    seniorCost: month.senior.cumulativeCost,
    juniorValue: month.junior.cumulativeValue,
    juniorCost: month.junior.cumulativeCost + month.junior.cumulativeRewriteRisk,
  }));
  return (
    <>
      <Stack gap="xs">
        <LineChart
          h={300}
          data={data}
          dataKey="month"
          series={lineSeries}
          valueFormatter={(amount) => formatCompactMoney(amount)}
          yAxisProps={{ width: 60 }}
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 32 }}
          withDots={false}
          curveType="monotone"
        />
        <ChartLegend series={lineSeries} />
      </Stack>
      <Alert
        variant="light"
        color={comparison.better === 'senior' ? 'indigo' : 'orange'}
        icon={<IconScale aria-hidden />}
      >
        <Group gap={4} wrap="nowrap" align="flex-start">
          <Text size="sm">{comparison.conclusion}</Text>
          <SourceNote source={comparison.source} subject="this comparison" />
        </Group>
      </Alert>
      <Text size="xs" c="dimmed">
        Junior at {formatMoney(comparison.juniorSalary)} a year: costs {formatMoney(junior.cost)}, delivers{' '}
        {formatMoney(junior.value)}, rewrite risk {formatMoney(junior.rewriteRisk)}. Senior at{' '}
        {formatMoney(comparison.seniorSalary)} a year: costs {formatMoney(senior.cost)}, delivers{' '}
        {formatMoney(senior.value)}. Work delivered is valued at what a senior at full speed costs.
      </Text>
    </>
  );
}
