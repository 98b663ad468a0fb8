import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { fieldId } from '../../roles/blueprint-editor/field-paths';
import { type ContactRow, rowKey } from './candidate-draft';
import { removeRow, replaceRow } from './row-list';

type ContactRowsProps = {
  /** "emails" or "phones": the path the server uses for these rows. */
  path: string;
  /** "E-mail": the first input's label; the next ones are "E-mail 2", "E-mail 3"… */
  label: string;
  type: 'email' | 'tel';
  rows: ContactRow[];
  errors: Record<string, string>;
  onChange: (rows: ContactRow[]) => void;
};

/** A list of e-mails or phone numbers: the first one is where messages go. */
export function ContactRows({ path, label, type, rows, errors, onChange }: ContactRowsProps) {
  const labelAt = (index: number) => (index === 0 ? label : `${label} ${index + 1}`);
  return (
    <Stack gap="xs">
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            id={fieldId(`${path}.${index}`)}
            label={labelAt(index)}
            type={type}
            value={row.value}
            onChange={(event) => onChange(replaceRow(rows, row.key, { value: event.currentTarget.value }))}
            error={errors[`${path}.${index}`]}
            maxLength={type === 'email' ? 254 : 40}
            style={{ flex: 1 }}
          />
          {rows.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={26}
              aria-label={`Remove ${labelAt(index).toLowerCase()}`}
              onClick={() => onChange(removeRow(rows, row.key))}
            >
              <IconX size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...rows, { key: rowKey(), value: '' }])}
        style={{ alignSelf: 'flex-start' }}
        disabled={rows.length >= 10}
      >
        Add {type === 'email' ? 'an e-mail' : 'a phone number'}
      </Button>
    </Stack>
  );
}
