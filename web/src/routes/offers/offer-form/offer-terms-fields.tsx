import {
  Fieldset,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { Blueprint } from '../../../domain/hiring-domain';
import {
  formatAmount,
  formatPay,
  offerEngagementLabels,
  offerEngagements,
} from '../../../domain/offer-domain';
import type { OfferFormState } from './offer-form-state';

type FieldsProps = {
  state: OfferFormState;
  onChange: (patch: Partial<OfferFormState>) => void;
  /** Problems keyed by the terms' field path ("rate.amount"). */
  errors: Record<string, string>;
  blueprint: Blueprint;
};

type Amount = number | '';
const amount = (value: string | number): Amount => (typeof value === 'number' ? value : '');

const engagementHints: Record<OfferFormState['engagement'], string> = {
  full_time: 'An employee on your payroll, with salary, equity and benefits.',
  contract: 'A contractor paid by the hour or week for a fixed period; their rate covers their own costs.',
  contract_to_hire:
    'Starts as a contractor and becomes an employee on the conversion date, at the salary you name now.',
  paid_trial:
    'A short paid engagement, two weeks by default, judged against success criteria you write down now.',
};

/** The offer's terms, with the fields of the chosen engagement model only. */
export function OfferTermsFields({ state, onChange, errors, blueprint }: FieldsProps) {
  const money = (
    label: string,
    field: keyof OfferFormState,
    path: string,
    extra: { description?: ReactNode } = {},
  ) => (
    <NumberInput
      label={`${label} (${state.currency || '…'})`}
      value={state[field] as Amount}
      onChange={(value) => onChange({ [field]: amount(value) })}
      min={0}
      thousandSeparator=","
      decimalScale={2}
      error={errors[path]}
      {...extra}
    />
  );
  const count = (label: string, field: keyof OfferFormState, path: string, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      value={state[field] as Amount}
      onChange={(value) => onChange({ [field]: amount(value) })}
      min={0}
      decimalScale={1}
      error={errors[path]}
    />
  );
  /** A pick-one list over a field of the form (never empty: every choice has a sensible "none"). */
  const choice = <Field extends keyof OfferFormState>(
    label: string,
    field: Field,
    data: { value: string; label: string }[],
  ) => (
    <Select
      label={label}
      data={data}
      value={state[field] as string}
      onChange={(value) => value && onChange({ [field]: value } as Partial<OfferFormState>)}
      allowDeselect={false}
    />
  );
  const hint = (text: string | null) =>
    text ? (
      <Text size="xs" c="dimmed">
        The role’s blueprint says: “{text}”.
      </Text>
    ) : null;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text fw={600} size="sm" id="engagement-label">
          Engagement
        </Text>
        <SegmentedControl
          aria-labelledby="engagement-label"
          fullWidth
          data={offerEngagements.map((value) => ({ value, label: offerEngagementLabels[value] }))}
          value={state.engagement}
          onChange={(value) => onChange({ engagement: value as OfferFormState['engagement'] })}
        />
        <Text size="sm" c="dimmed">
          {engagementHints[state.engagement]}
        </Text>
      </Stack>

      <Fieldset legend="Start and place of work" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label="Start date"
            value={state.startDate}
            onChange={(event) => onChange({ startDate: event.currentTarget.value })}
            error={errors.startDate}
          />
          <TextInput
            label="Currency"
            placeholder="USD"
            maxLength={3}
            value={state.currency}
            onChange={(event) => onChange({ currency: event.currentTarget.value.toUpperCase() })}
            error={errors.currency}
          />
          {choice('Where they work', 'workplace', [
            { value: 'remote', label: 'Remote' },
            { value: 'hybrid', label: 'Hybrid' },
            { value: 'onsite', label: 'On site' },
          ])}
        </SimpleGrid>
        <TextInput
          mt="sm"
          label="Location in a few words"
          placeholder="Berlin office two days a week, or Anywhere in Europe"
          value={state.locationDescription}
          onChange={(event) => onChange({ locationDescription: event.currentTarget.value })}
          error={errors['location.description']}
        />
      </Fieldset>

      {state.engagement === 'full_time' && (
        <>
          <Fieldset legend="Salary and bonus" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {money('Base salary a year', 'baseSalary', 'baseSalary')}
              {money('Signing bonus, paid once', 'signingBonus', 'signingBonus')}
              {choice('Yearly bonus', 'bonusType', [
                { value: 'none', label: 'No bonus' },
                { value: 'target_percent', label: 'A target share of salary' },
                { value: 'fixed', label: 'A fixed amount' },
              ])}
              {state.bonusType === 'target_percent' &&
                count('Target bonus (% of salary)', 'bonusPercent', 'bonus.percent')}
              {state.bonusType === 'fixed' && money('Bonus a year', 'bonusAmount', 'bonus.amount')}
            </SimpleGrid>
            {hint(blueprint.offer.bonus)}
          </Fieldset>
          <Fieldset legend="Equity" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {choice('Equity', 'equityType', [
                { value: 'none', label: 'No equity' },
                { value: 'options', label: 'Stock options' },
                { value: 'rsu', label: 'Restricted stock units (RSUs)' },
              ])}
              {state.equityType !== 'none' &&
                choice('Granted as', 'equityUnit', [
                  { value: 'shares', label: 'A number of shares or units' },
                  { value: 'percent', label: 'A percentage of the company' },
                ])}
              {state.equityType !== 'none' &&
                count(
                  state.equityUnit === 'percent' ? 'Percentage of the company' : 'Number of shares or units',
                  'equityAmount',
                  'equity.amount',
                )}
              {state.equityType !== 'none' &&
                money('Estimated value of the whole grant', 'equityValue', 'equity.estimatedValue', {
                  description: 'Optional; shown beside the cost, never counted as cash',
                })}
              {state.equityType !== 'none' && count('Vesting years', 'vestingYears', 'equity.vesting.years')}
              {state.equityType !== 'none' &&
                count('Cliff (months)', 'cliffMonths', 'equity.vesting.cliffMonths')}
              {state.equityType !== 'none' &&
                choice('Vests', 'vestingFrequency', [
                  { value: 'monthly', label: 'Monthly' },
                  { value: 'quarterly', label: 'Quarterly' },
                  { value: 'yearly', label: 'Yearly' },
                ])}
            </SimpleGrid>
            {hint(blueprint.offer.equity)}
          </Fieldset>
          <Fieldset legend="Benefits" radius="md">
            <Textarea
              label="Benefits, one a line"
              autosize
              minRows={3}
              value={state.benefits}
              onChange={(event) => onChange({ benefits: event.currentTarget.value })}
              error={Object.entries(errors).find(([path]) => path.startsWith('benefits'))?.[1]}
            />
          </Fieldset>
        </>
      )}

      {(state.engagement === 'contract' || state.engagement === 'contract_to_hire') && (
        <Fieldset legend="Contract terms" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {money(state.ratePer === 'hour' ? 'Hourly rate' : 'Weekly rate', 'rateAmount', 'rate.amount')}
            {choice('Paid by', 'ratePer', [
              { value: 'hour', label: 'The hour' },
              { value: 'week', label: 'The week' },
            ])}
            {count('Hours a week', 'hoursPerWeek', 'hoursPerWeek')}
            {state.engagement === 'contract' && count('Length (weeks)', 'durationWeeks', 'durationWeeks')}
            {count('Notice either side gives (weeks)', 'noticeWeeks', 'noticeWeeks')}
          </SimpleGrid>
          <BandAsRate
            blueprint={blueprint}
            hours={typeof state.hoursPerWeek === 'number' ? state.hoursPerWeek : null}
          />
        </Fieldset>
      )}

      {state.engagement === 'contract_to_hire' && (
        <Fieldset legend="Conversion to employment" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label="Conversion date"
              value={state.conversionDate}
              onChange={(event) => onChange({ conversionDate: event.currentTarget.value })}
              error={errors.conversionDate}
            />
            {money('Salary a year after conversion', 'intendedSalary', 'intendedSalary')}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            The contract runs from the start date until the day before the conversion date.
          </Text>
        </Fieldset>
      )}

      {state.engagement === 'paid_trial' && (
        <Fieldset legend="The trial" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {count('Length in weeks (two is usual)', 'trialWeeks', 'lengthWeeks')}
            {count('Hours a week', 'trialHoursPerWeek', 'hoursPerWeek')}
            {money(
              state.trialRatePer === 'hour'
                ? 'Hourly rate'
                : state.trialRatePer === 'day'
                  ? 'Day rate'
                  : 'Weekly rate',
              'trialRateAmount',
              'rate.amount',
            )}
            {choice('Paid by', 'trialRatePer', [
              { value: 'hour', label: 'The hour' },
              { value: 'day', label: 'The day' },
              { value: 'week', label: 'The week' },
            ])}
          </SimpleGrid>
          <Textarea
            mt="sm"
            label="Success criteria, one a line"
            description="Write down now what a successful trial looks like, so both sides judge the same thing at the end."
            placeholder={'Ships the invoice export with tests\nExplains one design trade-off to the team'}
            autosize
            minRows={3}
            value={state.successCriteria}
            onChange={(event) => onChange({ successCriteria: event.currentTarget.value })}
            error={Object.entries(errors).find(([path]) => path.startsWith('successCriteria'))?.[1]}
          />
        </Fieldset>
      )}
    </Stack>
  );
}

/** "The band, $140,000–$180,000 a year, is about $67–$87 an hour at 40 hours a week": a yardstick for a rate. */
function BandAsRate({ blueprint, hours }: { blueprint: Blueprint; hours: number | null }) {
  const range = blueprint.salary;
  if (!range || !hours || (range.period !== 'year' && range.period !== 'month')) return null;
  const perYear = range.period === 'year' ? 1 : 12;
  const hourly = (amount: number) =>
    formatAmount(Math.round((amount * perYear) / (52 * hours)), range.currency);
  return (
    <Text size="xs" c="dimmed" mt="xs">
      The role’s band, {formatAmount(range.min, range.currency)}–
      {formatPay(range.max, range.currency, range.period)}, is about {hourly(range.min)}–{hourly(range.max)}{' '}
      an hour at {hours} hours a week, before the employer’s overhead that a contractor’s rate has to cover.
    </Text>
  );
}
