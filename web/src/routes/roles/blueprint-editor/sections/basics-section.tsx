import { Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  engagementOptions,
  productStageOptions,
  seniorityOptions,
  technicalDirectionOptions,
} from '../../../../domain/blueprint-labels';
import {
  type EngagementModel,
  seniorityYears,
  type TechnicalDirection,
} from '../../../../domain/hiring-domain';
import { fieldId } from '../field-paths';
import type { SectionProps } from '../section-props';
import { EditorSection } from './editor-section';
import { FieldAnchor } from './field-anchor';
import { SegmentedField } from './segmented-field';

export function BasicsSection({ draft, change, errors }: SectionProps) {
  return (
    <EditorSection id="section-basics" title="Basics" description="Who you are hiring, and for what.">
      <FieldAnchor path="title">
        <TextInput
          label="Job title"
          description="What candidates will see, e.g. “Senior Backend Engineer (Node.js)”."
          value={draft.title}
          onChange={(event) => change('title', event.currentTarget.value)}
          error={errors.title}
          maxLength={120}
        />
      </FieldAnchor>
      <SegmentedField
        path="productStage"
        label="Where is your product?"
        options={productStageOptions}
        value={draft.productStage}
        onChange={(value) => change('productStage', value)}
        error={errors.productStage}
      />
      <SegmentedField
        path="seniority"
        label="Seniority"
        options={seniorityOptions}
        value={draft.seniority}
        onChange={(value) => change('seniority', value)}
        error={errors.seniority}
      />
      <ExperienceYears {...{ draft, change, errors }} />
      <FieldAnchor path="technicalDirection">
        <Radio.Group
          label="How much technical direction can your team give?"
          description="Mid-level engineers expect someone else to choose the stack and architecture; seniors make those calls."
          value={draft.technicalDirection}
          onChange={(value) => change('technicalDirection', value as TechnicalDirection)}
          error={errors.technicalDirection}
        >
          <Stack gap="sm" mt="xs">
            {technicalDirectionOptions.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                description={option.description}
              />
            ))}
          </Stack>
        </Radio.Group>
      </FieldAnchor>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FieldAnchor path="engagement">
          <Select
            label="How you will work together"
            description={engagementOptions.find((option) => option.value === draft.engagement)?.description}
            data={engagementOptions.map(({ value, label }) => ({ value, label }))}
            value={draft.engagement}
            onChange={(value) => value && change('engagement', value as EngagementModel)}
            allowDeselect={false}
            error={errors.engagement}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
        </FieldAnchor>
        <FieldAnchor path="headcount">
          <NumberInput
            label="How many people"
            description="Hires for this same role."
            value={draft.headcount}
            onChange={(value) => change('headcount', typeof value === 'number' ? value : 1)}
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            error={errors.headcount}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
        </FieldAnchor>
      </SimpleGrid>
    </EditorSection>
  );
}

/** The seniority sets the usual years; this lets a team ask for something else. */
function ExperienceYears({ draft, change, errors }: SectionProps) {
  const years = draft.experienceYears;
  const [defaultMin, defaultMax] = seniorityYears[draft.seniority].common;
  return (
    <Stack gap="xs" id={fieldId('experienceYears')}>
      <Checkbox
        label="Ask for a specific number of years of experience"
        description="Leave this off to use the usual range for the seniority."
        checked={years !== null}
        onChange={(event) =>
          change('experienceYears', event.currentTarget.checked ? { min: defaultMin, max: defaultMax } : null)
        }
      />
      {years && (
        <Group gap="md" align="flex-start" pl={32}>
          <NumberInput
            label="At least (years)"
            value={years.min}
            onChange={(value) =>
              change('experienceYears', { ...years, min: typeof value === 'number' ? value : 0 })
            }
            min={0}
            max={40}
            w={150}
            error={errors['experienceYears.min']}
          />
          <NumberInput
            label="At most (years)"
            placeholder="No limit"
            value={years.max ?? ''}
            onChange={(value) =>
              change('experienceYears', { ...years, max: typeof value === 'number' ? value : null })
            }
            min={0}
            max={50}
            w={150}
            error={errors['experienceYears.max'] ?? errors.experienceYears}
          />
        </Group>
      )}
    </Stack>
  );
}
