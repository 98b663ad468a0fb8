import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Fact = { label: string; value: ReactNode };

/** Label and value pairs, with "Not recorded" where a value is missing. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} layout="fixed">
      <Table.Tbody>
        {facts.map((fact) => (
          <Table.Tr key={fact.label}>
            <Table.Th w="45%" fw={400} c="dimmed" fz="sm" style={{ verticalAlign: 'top' }}>
              {fact.label}
            </Table.Th>
            <Table.Td fz="sm">
              {fact.value ?? (
                <Text span inherit c="dimmed">
                  Not recorded
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
