import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { SkillSource } from '../../../api/candidates';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { skillSourceLabels } from '../candidate-labels';
import { useSkillSuggestions } from '../use-skill-suggestions';
import { rowKey, type SkillRow } from './candidate-draft';
import { FormSection } from './form-section';
import { removeRow, replaceRow } from './row-list';
import type { SectionProps } from './section-props';

const sourceOptions = Object.entries(skillSourceLabels).map(([value, label]) => ({ value, label }));

export function SkillsSection({ draft, errors, update }: SectionProps) {
  const setSkills = (skills: SkillRow[]) => update({ skills });
  return (
    <FormSection
      title="Skills"
      description="Years are how long they used each skill in their jobs. Names are matched to Hirebench’s skill list, so “Postgres” and “PostgreSQL” count as one."
    >
      {draft.skills.length === 0 && (
        <Text size="sm" c="dimmed">
          No skills yet. Add the ones that matter for your roles, e.g. Go, PostgreSQL or Kubernetes.
        </Text>
      )}
      <Stack gap="xs" id={fieldId('skills')}>
        {draft.skills.map((row, index) => (
          <SkillRowInputs
            key={row.key}
            row={row}
            number={index + 1}
            error={errors[`skills.${index}`] ?? errors[`skills.${index}.skill`]}
            yearsError={errors[`skills.${index}.years`]}
            onChange={(changes) => setSkills(replaceRow(draft.skills, row.key, changes))}
            onRemove={() => setSkills(removeRow(draft.skills, row.key))}
          />
        ))}
      </Stack>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() =>
          setSkills([...draft.skills, { key: rowKey(), skill: '', years: '', source: 'recruiter' }])
        }
        style={{ alignSelf: 'flex-start' }}
        disabled={draft.skills.length >= 100}
      >
        Add a skill
      </Button>
    </FormSection>
  );
}

type SkillRowInputsProps = {
  row: SkillRow;
  number: number;
  error?: string;
  yearsError?: string;
  onChange: (changes: Partial<SkillRow>) => void;
  onRemove: () => void;
};

function SkillRowInputs({ row, number, error, yearsError, onChange, onRemove }: SkillRowInputsProps) {
  const suggestions = useSkillSuggestions(row.skill);
  return (
    <Group
      gap="xs"
      align="flex-start"
      wrap="wrap"
      pb="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Autocomplete
        id={fieldId(`skills.${number - 1}`)}
        label={`Skill ${number}`}
        value={row.skill}
        onChange={(skill) => onChange({ skill })}
        data={[...new Set(suggestions.map((skill) => skill.name))]}
        error={error}
        maxLength={80}
        style={{ flex: '2 1 180px' }}
      />
      <NumberInput
        label="Years"
        aria-label={`Years with skill ${number}`}
        min={0}
        max={60}
        decimalScale={1}
        value={row.years}
        onChange={(years) => onChange({ years: typeof years === 'number' ? years : '' })}
        error={yearsError}
        style={{ flex: '1 1 110px' }}
      />
      <NativeSelect
        label="Source"
        aria-label={`Source of skill ${number}`}
        data={sourceOptions}
        value={row.source}
        onChange={(event) => onChange({ source: event.currentTarget.value as SkillSource })}
        style={{ flex: '1 1 170px' }}
      />
      <ActionIcon
        variant="subtle"
        color="gray"
        mt={26}
        aria-label={`Remove skill ${number}${row.skill ? ` (${row.skill})` : ''}`}
        onClick={onRemove}
      >
        <IconX size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
