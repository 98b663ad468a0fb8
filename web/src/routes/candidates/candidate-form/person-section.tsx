import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { FormSection } from './form-section';
import type { SectionProps } from './section-props';

export function PersonSection({ draft, errors, update }: SectionProps) {
  return (
    <FormSection title="The person">
      <TextInput
        id={fieldId('name')}
        label="Name"
        required
        value={draft.name}
        onChange={(event) => update({ name: event.currentTarget.value })}
        error={errors.name}
        maxLength={160}
        autoComplete="off"
      />
      <TextInput
        id={fieldId('headline')}
        label="Headline"
        description="One line about them, e.g. “Senior Go engineer, payments”."
        value={draft.headline}
        onChange={(event) => update({ headline: event.currentTarget.value })}
        error={errors.headline}
        maxLength={300}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          id={fieldId('location')}
          label="Location"
          placeholder="Lisbon, Portugal"
          value={draft.location}
          onChange={(event) => update({ location: event.currentTarget.value })}
          error={errors.location}
          maxLength={160}
        />
        <TextInput
          id={fieldId('timeZone')}
          label="Time zone"
          placeholder="Europe/Lisbon"
          value={draft.timeZone}
          onChange={(event) => update({ timeZone: event.currentTarget.value })}
          error={errors.timeZone}
          maxLength={60}
        />
        <NumberInput
          id={fieldId('totalYears')}
          label="Years of experience in total"
          min={0}
          max={60}
          decimalScale={1}
          value={draft.totalYears}
          onChange={(value) => update({ totalYears: typeof value === 'number' ? value : '' })}
          error={errors.totalYears}
        />
      </SimpleGrid>
    </FormSection>
  );
}
