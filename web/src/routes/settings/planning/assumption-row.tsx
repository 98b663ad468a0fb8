import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRotate } from '@tabler/icons-react';
import type { PlanningAssumptions } from '../../../api/planning';
import { SourceNote } from '../../planning/source-note';
import {
  type AssumptionRow,
  defaultValueOf,
  type FieldValues,
  fieldPath,
  readPath,
} from './assumption-fields';

type AssumptionRowEditorProps = {
  row: AssumptionRow;
  values: FieldValues;
  defaults: PlanningAssumptions;
  currency: string;
  readOnly: boolean;
  error?: string;
  onChange: (path: string, value: number | '') => void;
};

const moneyFormat = (currency: string) => (amount: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

export function AssumptionRowEditor({
  row,
  values,
  defaults,
  currency,
  readOnly,
  error,
  onChange,
}: AssumptionRowEditorProps) {
  const formatDefault = (value: number) =>
    row.unit === 'money'
      ? moneyFormat(currency)(value)
      : row.unit === 'percent'
        ? `${value}%`
        : `${value} weeks`;
  const isDefault = row.fields.every(
    (field) => values[fieldPath(row, field)] === defaultValueOf(defaults, row, field),
  );
  const source = readPath(defaults, `${row.sourcePath}.source`);

  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <div>
          <Group gap={4} wrap="nowrap">
            <Text component="legend" fw={600} p={0}>
              {row.title}
            </Text>
            {typeof source === 'string' && (
              <SourceNote source={source} subject={`the default ${row.title.toLowerCase()}`} />
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {row.description}
          </Text>
        </div>
        {!readOnly && !isDefault && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconRotate size={14} aria-hidden />}
            onClick={() => {
              for (const field of row.fields)
                onChange(fieldPath(row, field), defaultValueOf(defaults, row, field));
            }}
            aria-label={`Reset ${row.title.toLowerCase()} to default`}
            style={{ flexShrink: 0 }}
          >
            Reset to default
          </Button>
        )}
      </Group>
      <SimpleGrid
        cols={{ base: row.fields.length === 1 ? 1 : 3 }}
        spacing="sm"
        maw={row.fields.length === 1 ? 220 : 560}
      >
        {row.fields.map((field) => {
          const path = fieldPath(row, field);
          const fallback = defaultValueOf(defaults, row, field);
          return (
            <NumberInput
              key={path}
              label={field.label}
              aria-label={`${row.title}: ${field.label}`}
              description={`Default ${formatDefault(fallback)}`}
              placeholder={String(fallback)}
              value={values[path] ?? ''}
              onChange={(value) => onChange(path, typeof value === 'number' ? value : '')}
              readOnly={readOnly}
              min={0}
              max={row.unit === 'percent' ? 100 : undefined}
              decimalScale={row.unit === 'percent' ? 2 : 0}
              thousandSeparator={row.unit === 'money' ? ',' : undefined}
              prefix={row.unit === 'money' && currency === 'USD' ? '$' : undefined}
              suffix={row.unit === 'percent' ? '%' : undefined}
            />
          );
        })}
      </SimpleGrid>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
