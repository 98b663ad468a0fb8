import {
  ActionIcon,
  Badge,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { skillLevelOptions } from '../../../../domain/blueprint-labels';
import { getSkill, type SkillLevel, type SkillRequirement } from '../../../../domain/hiring-domain';
import { errorsUnder, type FieldErrors } from '../field-errors';
import { fieldId } from '../field-paths';

export type SkillRowProps = {
  index: number;
  value: SkillRequirement;
  errors: FieldErrors;
  onChange: (index: number, value: SkillRequirement) => void;
  onRemove: (index: number) => void;
};

const requirementOptions = [
  { value: 'must' as const, label: 'Must-have' },
  { value: 'nice' as const, label: 'Nice-to-have' },
];

// Each level explains itself on hover; the section's "What the levels mean" covers keyboard and touch.
const levelOptions = skillLevelOptions.map((option) => ({
  value: option.value,
  label: (
    <Tooltip label={option.description} multiline w={240} withArrow openDelay={300}>
      <span>{option.label}</span>
    </Tooltip>
  ),
}));

/** One row of the matrix in a table, for wide forms; the table's column headers label the controls. */
export function SkillTableRow(props: SkillRowProps) {
  const { name, known, error } = rowInfo(props);
  return (
    <>
      <Table.Tr id={fieldId(`skills.${props.index}`)}>
        <Table.Td>
          <SkillName name={name} known={known} />
        </Table.Td>
        <Table.Td>
          <RequirementControl {...props} name={name} />
        </Table.Td>
        <Table.Td>
          <LevelControl {...props} name={name} />
        </Table.Td>
        <Table.Td>
          <YearsInput {...props} name={name} />
        </Table.Td>
        <Table.Td>
          <RemoveButton {...props} name={name} />
        </Table.Td>
      </Table.Tr>
      {error && (
        <Table.Tr>
          <Table.Td colSpan={5} pt={0}>
            <Text size="xs" c="red">
              {error}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** The same row as a small card, for phones and narrow windows. */
export function SkillCardRow(props: SkillRowProps) {
  const { name, known, error } = rowInfo(props);
  return (
    <Paper id={fieldId(`skills.${props.index}`)} withBorder radius="md" px="sm" py="xs">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <SkillName name={name} known={known} />
        <RemoveButton {...props} name={name} />
      </Group>
      <Group gap="sm" mt={6}>
        <RequirementControl {...props} name={name} />
        <LevelControl {...props} name={name} />
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed" aria-hidden>
            At least
          </Text>
          <YearsInput {...props} name={name} />
          <Text size="xs" c="dimmed" aria-hidden>
            years
          </Text>
        </Group>
      </Group>
      {error && (
        <Text size="xs" c="red" mt={4}>
          {error}
        </Text>
      )}
    </Paper>
  );
}

function rowInfo({ index, value, errors }: SkillRowProps) {
  const skill = getSkill(value.skill);
  return {
    name: skill?.name ?? value.skill,
    known: skill !== undefined,
    error: errorsUnder(errors, `skills.${index}`),
  };
}

function SkillName({ name, known }: { name: string; known: boolean }) {
  return (
    <Group gap="xs" miw={0} wrap="nowrap">
      <Text fw={600} size="sm" truncate title={name}>
        {name}
      </Text>
      {!known && (
        <Badge size="xs" color="orange" variant="light" style={{ flexShrink: 0 }}>
          Not in the skill list
        </Badge>
      )}
    </Group>
  );
}

type ControlProps = SkillRowProps & { name: string };

function RequirementControl({ index, value, onChange, name }: ControlProps) {
  return (
    <SegmentedControl
      size="xs"
      aria-label={`${name}: must-have or nice-to-have`}
      data={requirementOptions}
      value={value.requirement}
      onChange={(requirement) => onChange(index, { ...value, requirement })}
      color={value.requirement === 'must' ? 'indigo' : undefined}
    />
  );
}

function LevelControl({ index, value, onChange, name }: ControlProps) {
  return (
    <SegmentedControl
      size="xs"
      aria-label={`${name}: expected level`}
      data={levelOptions}
      value={value.level}
      onChange={(level) => onChange(index, { ...value, level: level as SkillLevel })}
    />
  );
}

function YearsInput({ index, value, onChange, name }: ControlProps) {
  return (
    <NumberInput
      size="xs"
      w={64}
      aria-label={`${name}: at least how many years`}
      placeholder="–"
      value={value.minYears ?? ''}
      onChange={(years) => onChange(index, { ...value, minYears: typeof years === 'number' ? years : null })}
      min={0}
      max={40}
      hideControls
    />
  );
}

function RemoveButton({ index, onRemove, name }: ControlProps) {
  return (
    <ActionIcon variant="subtle" color="gray" onClick={() => onRemove(index)} aria-label={`Remove ${name}`}>
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  );
}
