import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { Channel } from '../../api/planning';
import type { Blueprint } from '../../domain/hiring-domain';
import { channelOptions, seniorityLabels } from './planning-labels';

export type PlanInputs = {
  level: Blueprint['seniority'];
  /** Yearly salary; null uses the market median for the level. */
  salary: number | null;
  remote: boolean;
  channel: Channel;
};

type PlanInputsFormProps = {
  value: PlanInputs;
  onChange: (changes: Partial<PlanInputs>) => void;
};

const levelOptions = Object.entries(seniorityLabels).map(([value, label]) => ({ value, label }));

export function PlanInputsForm({ value, onChange }: PlanInputsFormProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="plan-level-label">
          Level
        </Text>
        <SegmentedControl
          aria-labelledby="plan-level-label"
          data={levelOptions}
          value={value.level}
          onChange={(level) => onChange({ level: level as PlanInputs['level'] })}
          fullWidth
        />
      </Stack>
      <NumberInput
        label="Yearly salary"
        placeholder="Market median"
        description="Leave empty to use the market median"
        prefix="$"
        thousandSeparator=","
        min={0}
        step={5_000}
        value={value.salary ?? ''}
        onChange={(salary) => onChange({ salary: typeof salary === 'number' && salary > 0 ? salary : null })}
      />
      <Select
        label="How you will hire"
        data={channelOptions}
        value={value.channel}
        allowDeselect={false}
        onChange={(channel) => channel && onChange({ channel: channel as Channel })}
      />
      <Stack gap={4} justify="center">
        <Switch
          label="Remote role"
          description="Remote roles pay 10–15% less on average"
          checked={value.remote}
          onChange={(event) => onChange({ remote: event.currentTarget.checked })}
        />
      </Stack>
    </SimpleGrid>
  );
}
