import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { BandCheck, OfferCost } from '../../domain/offer-domain';
import { formatAmount } from '../../domain/offer-domain';
import { bandLabels } from './offer-labels';

type OfferCostPanelProps = {
  cost: OfferCost | null;
  band: BandCheck | null;
  /** Shown instead of the figures while the pay is not filled in yet. */
  emptyHint?: string;
};

/** The first-year cost of employment with its breakdown, and where the pay sits against the role's band. */
export function OfferCostPanel({ cost, band, emptyHint }: OfferCostPanelProps) {
  return (
    <Paper withBorder radius="md" p="md" aria-label="Cost and band check" component="section">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {cost ? `${cost.period}: total cost` : 'Total cost'}
        </Title>
        {cost ? (
          <>
            <Text fz={28} fw={700} lh={1.1} data-testid="offer-total-cost">
              {formatAmount(cost.total, cost.currency)}
            </Text>
            {cost.totalRange.low !== cost.totalRange.high && (
              <Text size="xs" c="dimmed">
                {formatAmount(cost.totalRange.low, cost.currency)} to{' '}
                {formatAmount(cost.totalRange.high, cost.currency)} depending on benefits and overhead
              </Text>
            )}
            <Table fz="sm" verticalSpacing={4} aria-label="What the cost is made of">
              <Table.Tbody>
                {cost.items.map((item) => (
                  <Table.Tr key={item.key} c={item.kind === 'non_cash' ? 'dimmed' : undefined}>
                    <Table.Td pl={0}>{item.label}</Table.Td>
                    <Table.Td pr={0} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {item.kind === 'non_cash' ? '(' : ''}
                      {formatAmount(item.amount, cost.currency)}
                      {item.kind === 'non_cash' ? ')' : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {cost.notes.map((note) => (
              <Text key={note} size="xs" c="dimmed">
                {note}
              </Text>
            ))}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {emptyHint ?? 'Enter the pay to see what the offer costs in its first year.'}
          </Text>
        )}
        {band && <BandCheckNote band={band} />}
      </Stack>
    </Paper>
  );
}

export function BandCheckNote({ band }: { band: BandCheck }) {
  const label = bandLabels[band.status];
  const outside = band.status === 'below' || band.status === 'above' || band.status === 'not_comparable';
  return (
    <Alert
      color={label.color}
      variant="light"
      p="sm"
      title={
        <Group gap="xs">
          <Text fw={600} size="sm">
            Band check
          </Text>
          <Badge color={label.color} variant="filled" size="sm">
            {label.label}
          </Badge>
        </Group>
      }
    >
      <Text size="sm">{band.message}</Text>
      {outside && (
        <Text size="xs" mt={4}>
          Approval chains set to run “only when outside the band” will apply to this offer.
        </Text>
      )}
    </Alert>
  );
}
