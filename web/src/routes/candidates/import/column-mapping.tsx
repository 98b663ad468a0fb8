import { Badge, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ColumnMapping, CsvPreview, ImportField } from '../../../api/candidate-imports';
import { fieldGroups, fieldLabels } from './import-labels';

type ColumnMappingProps = {
  preview: CsvPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
};

/** Which column of the file feeds which candidate field, with the first row's value beside each. */
export function ColumnMappingForm({ preview, mapping, onChange }: ColumnMappingProps) {
  const firstRow = preview.sampleRows[0] ?? [];
  const firstValueOf = (header: string | undefined) =>
    header === undefined ? undefined : firstRow[preview.headers.indexOf(header)];
  const setField = (field: ImportField, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  const headerOptions = preview.headers.map((header) => ({ value: header, label: header }));

  return (
    <Stack gap="lg">
      {fieldGroups.map((group) => (
        <Paper key={group.title} withBorder radius="md" p="md">
          <Title order={3} fz="md" mb="sm">
            {group.title}
          </Title>
          <Table verticalSpacing="xs" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="32%">Hirebench field</Table.Th>
                <Table.Th w="34%">Column in your file</Table.Th>
                <Table.Th>First row</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.fields
                .filter((field) => preview.fields.includes(field))
                .map((field) => {
                  const { label, hint } = fieldLabels[field];
                  const sample = firstValueOf(mapping[field]);
                  return (
                    <Table.Tr key={field}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {label}
                        </Text>
                        {hint && (
                          <Text size="xs" c="dimmed">
                            {hint}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Column for ${label}`}
                          placeholder="Not imported"
                          data={headerOptions}
                          value={mapping[field] ?? null}
                          onChange={(value) => setField(field, value)}
                          clearable
                          searchable
                          comboboxProps={{ withinPortal: true }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={sample ? undefined : 'dimmed'} truncate="end">
                          {mapping[field] ? sample || '(empty)' : '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
      <UnmappedColumns preview={preview} mapping={mapping} />
    </Stack>
  );
}

function UnmappedColumns({ preview, mapping }: { preview: CsvPreview; mapping: ColumnMapping }) {
  const used = new Set(Object.values(mapping));
  const unused = preview.headers.filter((header) => !used.has(header));
  if (unused.length === 0) return null;
  return (
    <Group gap="xs">
      <Text size="sm" c="dimmed">
        Columns left out:
      </Text>
      {unused.map((header) => (
        <Badge key={header} variant="outline" color="gray" tt="none">
          {header}
        </Badge>
      ))}
    </Group>
  );
}

/** The first rows exactly as the file has them, so the person can see what the columns hold. */
export function SampleRows({ preview }: { preview: CsvPreview }) {
  if (preview.sampleRows.length === 0) return null;
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table striped withTableBorder fz="xs" miw={Math.max(600, preview.headers.length * 120)}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            {preview.headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.sampleRows.map((row, index) => (
            // Rows are numbered as in a spreadsheet: the header is row 1.
            // biome-ignore lint/suspicious/noArrayIndexKey: the sample rows never reorder
            <Table.Tr key={index}>
              <Table.Td c="dimmed">{index + 2}</Table.Td>
              {preview.headers.map((header, column) => (
                <Table.Td key={header} style={{ maxWidth: 220, overflowWrap: 'anywhere' }}>
                  {row[column] ?? ''}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
