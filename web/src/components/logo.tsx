import { Group, Text } from '@mantine/core';

/** The Hirebench mark and name. Decorative mark; the name carries the meaning. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="var(--mantine-color-indigo-6)" />
        <path d="M9 8v16M23 8v16M9 16h14" stroke="white" strokeWidth="3.5" strokeLinecap="round" />
      </svg>
      <Text fw={700} fz={size * 0.68} lh={1} c="var(--mantine-color-text)">
        Hirebench
      </Text>
    </Group>
  );
}
