import { SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type CostEstimate, type CostInput, costQuery } from '../../api/planning';
import { ErrorState, LoadingState } from '../../components/query-states';
import { CostBreakdownChart } from './cost-breakdown-chart';
import { PlanFigure } from './plan-figure';
import { PlanSection } from './plan-section';
import { formatCompactMoney, formatMoney, formatMoneyRange, formatPercent } from './planning-format';
import { channelPhrases, seniorityLabels } from './planning-labels';

export function CostSection({ input }: { input: CostInput }) {
  const cost = useQuery(costQuery(input));
  return (
    <PlanSection
      title="What it costs"
      description="The first year of this hire, item by item. Point at a bar, or click the info icon next to a number, to see where it comes from."
    >
      {cost.isPending && <LoadingState label="Working out the cost" />}
      {cost.isError && <ErrorState error={cost.error} onRetry={() => cost.refetch()} />}
      {cost.data && <CostDetails estimate={cost.data} />}
    </PlanSection>
  );
}

function CostDetails({ estimate }: { estimate: CostEstimate }) {
  const { breakdown, totalCostOfEmployment: employment, band, badHire } = estimate;
  const currency = breakdown.currency;
  const money = (amount: number) => formatMoney(amount, currency);
  const compact = (amount: number) => formatCompactMoney(amount, currency);
  const item = (key: CostEstimate['breakdown']['items'][number]['key']) =>
    breakdown.items.find((candidate) => candidate.key === key)!;
  const fee = item('recruiting_fee');
  const rampUp = item('ramp_up');
  const isContractor = breakdown.payBasis === 'channel_rate';
  const level = seniorityLabels[breakdown.level].toLowerCase();

  return (
    <>
      <Text>
        A {level} backend engineer paid {money(estimate.salary)} costs{' '}
        <Text span fw={700}>
          {formatMoneyRange(employment.total.low, employment.total.high, currency)} a year all-in before fees
        </Text>
        . Hiring {channelPhrases[breakdown.channel]}, the first year comes to about{' '}
        <Text span fw={700}>
          {money(breakdown.total)}
        </Text>
        {isContractor && ', paid as contractor fees instead of a salary'}.
      </Text>
      <CostBreakdownChart breakdown={breakdown} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <PlanFigure
          label="Salary used"
          value={money(estimate.salary)}
          description={`Market range for a ${level} engineer: ${compact(band.low)}–${compact(band.high)}, median ${compact(band.median)}${band.adjustments.length ? ` (${band.adjustments.map((adjustment) => adjustment.label.toLowerCase()).join(', ')})` : ''}.`}
          source={band.source}
        />
        <PlanFigure
          label="All-in cost of employment"
          value={formatMoneyRange(employment.total.low, employment.total.high, currency)}
          description={`Salary plus ${formatMoneyRange(employment.overhead.low, employment.overhead.high, currency)} a year for benefits, payroll tax and overhead.`}
          source={employment.source}
        />
        <PlanFigure
          label="First-year total"
          value={formatMoneyRange(breakdown.totalRange.low, breakdown.totalRange.high, currency)}
          description={`Pay, overhead and the recruiting cost; about ${money(breakdown.total)} expected.`}
        />
        <PlanFigure
          label="Recruiting cost"
          value={money(fee.amount)}
          description={`Paid once to hire ${channelPhrases[breakdown.channel]}.`}
          source={fee.source}
        />
        <PlanFigure
          label="Ramp-up"
          value={money(rampUp.amount)}
          description={`Pay for work not yet delivered while they learn the codebase, over about ${Math.round(estimate.rampUp.weeksToFullProductivity)} weeks.`}
          source={rampUp.source}
        />
        <PlanFigure
          label="Bad-hire exposure"
          value={money(breakdown.badHire.exposure)}
          description={`A ${formatPercent(breakdown.badHire.probability)} chance of a ${money(breakdown.badHire.cost)} mistake. With remediation a bad hire costs ${formatMoneyRange(badHire.withRemediation.low, badHire.withRemediation.high, currency)}.`}
          source={`${item('bad_hire_exposure').source}. ${badHire.source}.`}
        />
      </SimpleGrid>
    </>
  );
}
