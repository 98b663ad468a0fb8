import type { OutboxStatus } from '../../../api/types';

export const outboxStatus: Record<OutboxStatus, { label: string; color: string }> = {
  sent: { label: 'Sent', color: 'green' },
  stored: { label: 'Kept here', color: 'indigo' },
  queued: { label: 'Waiting to send', color: 'yellow' },
  failed: { label: 'Failed', color: 'red' },
};
