import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { OfferHistoryEntry } from '../../../api/offers';
import { formatDate, formatDateTime } from '../../../lib/format';

/** "Ana submitted it for approval", one plain sentence per change. */
function describe(entry: OfferHistoryEntry): string {
  const who = entry.actor?.name ?? 'Someone';
  switch (entry.action) {
    case 'created':
      return `${who} drafted the offer`;
    case 'updated':
      return `${who} changed the offer${entry.reason ? `: ${entry.reason}` : ''}`;
    case 'approval_started':
      if (entry.approvedWithoutChain)
        return `${who} submitted it; no approval chain applied, so it was approved`;
      return entry.round && entry.round > 1
        ? `Approval started again (round ${entry.round})`
        : `${who} submitted it for approval`;
    case 'approved_step':
      return `${who} approved${entry.comment ? `: “${entry.comment}”` : ''}`;
    case 'rejected':
      return `${who} rejected it${entry.comment ? `: “${entry.comment}”` : ''}`;
    case 'sent':
      return `${who} sent it to the candidate${entry.expiresAt ? `; the link works until ${formatDate(entry.expiresAt)}` : ''}`;
    case 'withdrawn':
      return `${who} withdrew it${entry.reason ? `: ${entry.reason}` : ''}`;
    case 'accepted':
      return 'The candidate accepted it';
    case 'declined':
      return `The candidate declined it${entry.reason ? `: ${entry.reason}` : ''}`;
  }
}

export function OfferHistory({ history }: { history: OfferHistoryEntry[] }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="History">
      <Stack gap="sm">
        <Title order={2} fz="md">
          History
        </Title>
        {history.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing has happened to this offer yet.
          </Text>
        ) : (
          <Timeline bulletSize={12} lineWidth={2} active={history.length - 1}>
            {history.map((entry) => (
              <Timeline.Item key={`${entry.action}-${entry.at}`}>
                <Text size="sm">{describe(entry)}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(entry.at)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
