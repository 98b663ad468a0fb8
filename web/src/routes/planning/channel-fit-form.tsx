import {
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { ChannelInput, SourcingCapacity } from '../../api/planning';
import type { Blueprint } from '../../domain/hiring-domain';
import { engagementLabels } from './planning-labels';

export type ChannelFitValues = Omit<ChannelInput, 'seniority'>;

const sourcingOptions: { value: SourcingCapacity; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'some', label: 'Some' },
  { value: 'strong', label: 'Strong' },
];

const ANY_ENGAGEMENT = 'any';
const engagementOptions = [
  { value: ANY_ENGAGEMENT, label: 'Any' },
  ...Object.entries(engagementLabels).map(([value, label]) => ({ value, label })),
];

type ChannelFitFormProps = {
  value: ChannelFitValues;
  onChange: (changes: Partial<ChannelFitValues>) => void;
};

export function ChannelFitForm({ value, onChange }: ChannelFitFormProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
      <Switch
        label="The work has a clear, limited scope"
        description="A defined task or project rather than an ongoing role"
        checked={value.scopeBounded}
        onChange={(event) => onChange({ scopeBounded: event.currentTarget.checked })}
      />
      <NumberInput
        label="How long the work lasts (months)"
        description="Leave empty for a permanent role"
        placeholder="Open-ended"
        min={0.25}
        max={120}
        decimalScale={2}
        value={value.durationMonths ?? ''}
        onChange={(months) =>
          onChange({ durationMonths: typeof months === 'number' && months > 0 ? months : null })
        }
      />
      <TextInput
        type="date"
        label="Needed by"
        description="Leave empty if nothing is waiting on this hire"
        value={value.neededBy ?? ''}
        onChange={(event) => onChange({ neededBy: event.currentTarget.value || null })}
      />
      <NumberInput
        label="Budget"
        description={value.budget?.period === 'month' ? 'A month' : 'In total, or switch to a month'}
        placeholder="No fixed budget"
        prefix="$"
        thousandSeparator=","
        min={0}
        value={value.budget?.amount ?? ''}
        onChange={(amount) =>
          onChange({
            budget:
              typeof amount === 'number' && amount > 0
                ? { amount, period: value.budget?.period ?? 'total' }
                : null,
          })
        }
        rightSectionWidth={96}
        rightSection={
          <SegmentedControl
            size="xs"
            aria-label="Budget period"
            data={[
              { value: 'total', label: 'Total' },
              { value: 'month', label: 'Month' },
            ]}
            value={value.budget?.period ?? 'total'}
            disabled={!value.budget}
            onChange={(period) =>
              value.budget && onChange({ budget: { ...value.budget, period: period as 'total' | 'month' } })
            }
          />
        }
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="sourcing-capacity-label">
          How much searching and screening your team can do
        </Text>
        <SegmentedControl
          aria-labelledby="sourcing-capacity-label"
          data={sourcingOptions}
          value={value.ownSourcingCapacity}
          onChange={(capacity) => onChange({ ownSourcingCapacity: capacity as SourcingCapacity })}
          fullWidth
        />
      </Stack>
      <Select
        label="Kind of engagement"
        data={engagementOptions}
        value={value.engagement ?? ANY_ENGAGEMENT}
        allowDeselect={false}
        onChange={(engagement) =>
          onChange({
            engagement:
              engagement && engagement !== ANY_ENGAGEMENT
                ? (engagement as Blueprint['engagement'])
                : undefined,
          })
        }
      />
    </SimpleGrid>
  );
}
