import { Group, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { SalaryExpectation } from '../../../api/candidates';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { FormSection } from './form-section';
import type { SectionProps } from './section-props';

const periodOptions = [
  { value: 'year', label: 'a year' },
  { value: 'month', label: 'a month' },
  { value: 'hour', label: 'an hour' },
];

export function AvailabilitySection({ draft, errors, update }: SectionProps) {
  return (
    <FormSection
      title="Pay and availability"
      description="Optional. Fill in what the candidate told you, so nobody has to ask twice."
    >
      <Group gap="xs" align="flex-start" wrap="wrap" id={fieldId('salaryExpectation')}>
        <NumberInput
          label="Salary expectation"
          min={0}
          thousandSeparator=","
          value={draft.salaryAmount}
          onChange={(value) => update({ salaryAmount: typeof value === 'number' ? value : '' })}
          error={errors['salaryExpectation.amount'] ?? errors.salaryExpectation}
          style={{ flex: '2 1 160px' }}
        />
        <TextInput
          id={fieldId('salaryExpectation.currency')}
          label="Currency"
          maxLength={3}
          value={draft.salaryCurrency}
          onChange={(event) => update({ salaryCurrency: event.currentTarget.value.toUpperCase() })}
          error={errors['salaryExpectation.currency']}
          style={{ flex: '0 1 90px' }}
        />
        <NativeSelect
          label="Per"
          data={periodOptions}
          value={draft.salaryPeriod}
          onChange={(event) =>
            update({ salaryPeriod: event.currentTarget.value as SalaryExpectation['period'] })
          }
          style={{ flex: '1 1 110px' }}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={fieldId('availableFrom')}
          label="Can start from"
          type="date"
          value={draft.availableFrom}
          onChange={(event) => update({ availableFrom: event.currentTarget.value })}
          error={errors.availableFrom}
        />
        <NumberInput
          id={fieldId('noticePeriodWeeks')}
          label="Notice period (weeks)"
          min={0}
          max={52}
          allowDecimal={false}
          value={draft.noticePeriodWeeks}
          onChange={(value) => update({ noticePeriodWeeks: typeof value === 'number' ? value : '' })}
          error={errors.noticePeriodWeeks}
        />
      </SimpleGrid>
    </FormSection>
  );
}
