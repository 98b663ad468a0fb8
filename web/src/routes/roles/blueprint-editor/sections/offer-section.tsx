import { NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatUsd, salaryPeriodLabels, seniorityLabels } from '../../../../domain/blueprint-labels';
import { type Blueprint, defaultSalaryBands, type Seniority } from '../../../../domain/hiring-domain';
import { errorsUnder } from '../field-errors';
import { fieldId } from '../field-paths';
import type { SectionProps } from '../section-props';
import { EditorSection } from './editor-section';
import { FieldAnchor } from './field-anchor';

type Salary = NonNullable<Blueprint['salary']>;

const currencies = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'INR',
  'BRL',
  'MXN',
  'JPY',
  'SGD',
];
const periodOptions = Object.entries(salaryPeriodLabels).map(([value, label]) => ({ value, label }));
const roundTo5k = (amount: number) => Math.round(amount / 5_000) * 5_000;

/** A starting range around the market median for the seniority; the person edits it. */
function suggestedSalary(seniority: Seniority): Salary {
  const { median } = defaultSalaryBands[seniority];
  return { currency: 'USD', min: roundTo5k(median * 0.9), max: roundTo5k(median * 1.15), period: 'year' };
}

export function OfferSection({ draft, change, errors }: SectionProps) {
  const salary = draft.salary;
  // Turning the range off and on again brings back what was there.
  const [lastSalary, setLastSalary] = useState<Salary | null>(null);
  const toggleSalary = (on: boolean) => {
    if (salary) setLastSalary(salary);
    change('salary', on ? (lastSalary ?? suggestedSalary(draft.seniority)) : null);
  };
  const offer = draft.offer;
  const setOffer = (changes: Partial<Blueprint['offer']>) => change('offer', { ...offer, ...changes });

  return (
    <EditorSection
      id="section-offer"
      title="Offer"
      description="What you pay and give. Developers skip postings without a salary range, so publish one."
    >
      <Stack gap="sm" id={fieldId('salary')}>
        <Switch
          label="Publish a salary range"
          checked={salary !== null}
          onChange={(event) => toggleSalary(event.currentTarget.checked)}
        />
        {salary ? (
          <SalaryFields salary={salary} onChange={(next) => change('salary', next)} errors={errors} />
        ) : (
          <Text size="sm" c="orange.8">
            Without a range, many strong candidates will not apply.
          </Text>
        )}
        <MarketBand seniority={draft.seniority} />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FieldAnchor path="offer.equity">
          <TextInput
            label="Equity (optional)"
            placeholder="e.g. 0.5%–1% over four years"
            value={offer.equity ?? ''}
            onChange={(event) => setOffer({ equity: event.currentTarget.value || null })}
            maxLength={200}
            error={errors['offer.equity']}
          />
        </FieldAnchor>
        <FieldAnchor path="offer.bonus">
          <TextInput
            label="Bonus (optional)"
            placeholder="e.g. Up to 10% yearly"
            value={offer.bonus ?? ''}
            onChange={(event) => setOffer({ bonus: event.currentTarget.value || null })}
            maxLength={200}
            error={errors['offer.bonus']}
          />
        </FieldAnchor>
      </SimpleGrid>
      <FieldAnchor path="offer.benefits">
        <TagsInput
          label="Benefits"
          description="Press Enter after each, e.g. health insurance, paid time off, a home-office budget."
          placeholder={offer.benefits.length === 0 ? 'e.g. 25 days paid time off' : undefined}
          value={offer.benefits}
          onChange={(benefits) => setOffer({ benefits })}
          maxTags={20}
          error={errorsUnder(errors, 'offer.benefits')}
        />
      </FieldAnchor>
    </EditorSection>
  );
}

type SalaryFieldsProps = {
  salary: Salary;
  onChange: (salary: Salary) => void;
  errors: SectionProps['errors'];
};

function SalaryFields({ salary, onChange, errors }: SalaryFieldsProps) {
  const amount = (value: string | number) => (typeof value === 'number' ? Math.round(value) : 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      <NumberInput
        label="From"
        value={salary.min}
        onChange={(value) => onChange({ ...salary, min: amount(value) })}
        min={0}
        thousandSeparator=","
        allowDecimal={false}
        allowNegative={false}
        hideControls
        error={errors['salary.min']}
      />
      <NumberInput
        label="To"
        value={salary.max}
        onChange={(value) => onChange({ ...salary, max: amount(value) })}
        min={0}
        thousandSeparator=","
        allowDecimal={false}
        allowNegative={false}
        hideControls
        error={errors['salary.max'] ?? errors.salary}
      />
      <Select
        label="Currency"
        data={currencies.includes(salary.currency) ? currencies : [salary.currency, ...currencies]}
        value={salary.currency}
        onChange={(currency) => currency && onChange({ ...salary, currency })}
        allowDeselect={false}
        searchable
        error={errors['salary.currency']}
      />
      <Select
        label="Paid"
        data={periodOptions}
        value={salary.period}
        onChange={(period) => period && onChange({ ...salary, period: period as Salary['period'] })}
        allowDeselect={false}
        error={errors['salary.period']}
      />
    </SimpleGrid>
  );
}

function MarketBand({ seniority }: { seniority: Seniority }) {
  const band = defaultSalaryBands[seniority];
  return (
    <Text size="sm" c="dimmed">
      For reference: {seniorityLabels[seniority].toLowerCase()} backend engineers in the US earn{' '}
      {formatUsd(band.min)}–{formatUsd(band.max)} a year (median {formatUsd(band.median)}). Remote roles pay
      10–15% less on average.
    </Text>
  );
}
