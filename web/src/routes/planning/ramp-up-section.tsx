import { AreaChart } from '@mantine/charts';
import { Group, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type CostInput, costQuery } from '../../api/planning';
import { ErrorState, LoadingState } from '../../components/query-states';
import { PlanSection } from './plan-section';
import { formatMoney } from './planning-format';
import { SourceNote } from './source-note';

/** Reads the same cost answer as the cost section (react-query shares the request). */
export function RampUpSection({ input }: { input: CostInput }) {
  const cost = useQuery(costQuery(input));
  const rampUp = cost.data?.rampUp;
  return (
    <PlanSection
      title="Ramp-up"
      description="New engineers take weeks to reach full speed; months two and three are the most expensive."
    >
      {cost.isPending && <LoadingState label="Working out the ramp-up" />}
      {cost.isError && <ErrorState error={cost.error} onRetry={() => cost.refetch()} />}
      {rampUp && (
        <>
          <AreaChart
            h={220}
            data={rampUp.weekly.map((week) => ({
              week: `Week ${week.week}`,
              productivity: Math.round(week.productivity * 100),
            }))}
            dataKey="week"
            series={[{ name: 'productivity', label: 'Productivity', color: 'teal.6' }]}
            curveType="stepAfter"
            unit="%"
            yAxisProps={{ domain: [0, 100], width: 48 }}
            xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 24 }}
            withDots={false}
          />
          <Group gap={4} wrap="nowrap" align="flex-start">
            <Text size="sm">
              Full speed after about {Math.round(rampUp.weeksToFullProductivity)} weeks. Until then you pay
              about {formatMoney(rampUp.lostOutputCost)} for work they cannot deliver yet.
            </Text>
            <SourceNote source={rampUp.source} subject="the ramp-up figures" />
          </Group>
          <List size="sm" spacing={4}>
            {rampUp.phases.map((phase) => (
              <List.Item key={phase.key}>
                Weeks {Math.round(phase.fromWeek) + 1}–{Math.round(phase.untilWeek)}:{' '}
                {phase.label.toLowerCase()} ({Math.round(phase.productivity * 100)}% of full speed)
              </List.Item>
            ))}
            <List.Item>From week {Math.round(rampUp.weeksToFullProductivity) + 1}: full speed</List.Item>
          </List>
        </>
      )}
    </PlanSection>
  );
}
