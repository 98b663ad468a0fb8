import { Button, Popover } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';

type AddFilterButtonProps = {
  label: string;
  /** The picker; call `close` once something was chosen. */
  children: (close: () => void) => ReactNode;
};

/** "+ Skill", "+ Source"…: opens a small picker for one kind of filter. */
export function AddFilterButton({ label, children }: AddFilterButtonProps) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      width={280}
      trapFocus
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <Button
          variant="default"
          size="xs"
          radius="xl"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setOpened((current) => !current)}
          aria-label={`Filter by ${label.toLowerCase()}`}
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>{opened && children(() => setOpened(false))}</Popover.Dropdown>
    </Popover>
  );
}
