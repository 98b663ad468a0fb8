import { ActionIcon, Popover, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** Where a number comes from, one click (or tap) away rather than in the way. */
export function SourceNote({ source, subject }: { source: string; subject: string }) {
  return (
    <Popover width={280} position="top" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Where ${subject} comes from`}>
          <IconInfoCircle size={16} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" fw={600} mb={4}>
          Source
        </Text>
        <Text size="xs">{source}</Text>
      </Popover.Dropdown>
    </Popover>
  );
}
