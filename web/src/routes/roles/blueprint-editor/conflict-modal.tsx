import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

type ConflictModalProps = {
  opened: boolean;
  onReload: () => Promise<void>;
  onClose: () => void;
};

/** Shown when saving fails because a teammate saved first: nothing is overwritten silently. */
export function ConflictModal({ opened, onReload, onClose }: ConflictModalProps) {
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Someone else saved this blueprint" centered>
      <Stack>
        <Text>
          A teammate saved a newer version while you were editing, so your changes were not saved — otherwise
          theirs would be lost.
        </Text>
        <Text>
          Load their version to continue from it. Your unsaved changes will be discarded, so note down
          anything you want to keep first.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={reloading}>
            Keep looking at mine
          </Button>
          <Button onClick={reload} loading={reloading}>
            Load the latest version
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
