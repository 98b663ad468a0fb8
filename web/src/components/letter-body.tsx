import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { LetterBlock, TermsRow } from '../../../src/offers/offer-letter.ts';

type LetterBodyProps = { blocks: LetterBlock[]; terms: TermsRow[] };

/** An offer letter's text and its summary of terms, as the candidate reads it (and the template preview shows). */
export function LetterBody({ blocks, terms }: LetterBodyProps) {
  return (
    <Stack gap="sm">
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        if (block.kind === 'heading')
          return (
            <Title key={key} order={2} fz="lg" mt="xs">
              {block.text}
            </Title>
          );
        if (block.kind === 'list')
          return (
            <List key={key} spacing={4}>
              {block.items.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          );
        return (
          <Text key={key} style={{ whiteSpace: 'pre-line' }}>
            {block.text}
          </Text>
        );
      })}
      {terms.length > 0 && (
        <Table withTableBorder variant="vertical" aria-label="The terms">
          <Table.Tbody>
            {terms.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th w="40%">{row.label}</Table.Th>
                <Table.Td>{row.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
