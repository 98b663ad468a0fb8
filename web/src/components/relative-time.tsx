import { Text } from '@mantine/core';
import { formatDateTime, formatRelative } from '../lib/format';

type RelativeTimeProps = {
  value: string | null;
  /** Shown when there is no date, e.g. "Never". */
  empty?: string;
};

/** "3 days ago", with the exact date and time on hover. */
export function RelativeTime({ value, empty = '—' }: RelativeTimeProps) {
  if (!value) {
    return (
      <Text span c="dimmed" inherit>
        {empty}
      </Text>
    );
  }
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatRelative(value)}
    </time>
  );
}
