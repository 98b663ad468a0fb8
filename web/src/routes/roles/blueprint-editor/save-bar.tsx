import { Box, Button, Group, Loader, Paper, Text, Tooltip } from '@mantine/core';
import { IconCircleCheck, IconFileText, IconPointFilled } from '@tabler/icons-react';
import { RelativeTime } from '../../../components/relative-time';

type SaveBarProps = {
  version: number;
  updatedAt: string;
  dirty: boolean;
  saving: boolean;
  readOnly: boolean;
  creatingJob: boolean;
  onSave: () => void;
  onCreateJob: () => void;
};

/** Stays in view while the form scrolls: whether the work is saved, and the two things to do next. */
export function SaveBar({
  version,
  updatedAt,
  dirty,
  saving,
  readOnly,
  creatingJob,
  onSave,
  onCreateJob,
}: SaveBarProps) {
  return (
    // The page-coloured strip above the bar hides the form as it scrolls underneath.
    <Box pos="sticky" top={60} pt="xs" bg="gray.0" style={{ zIndex: 20 }}>
      <Paper withBorder radius="md" px="md" py="xs" shadow="xs">
        <Group justify="space-between" gap="xs">
          <SaveState version={version} updatedAt={updatedAt} dirty={dirty} saving={saving} />
          {!readOnly && (
            <Group gap="xs" wrap="nowrap">
              <Button
                onClick={onSave}
                disabled={!dirty}
                loading={saving}
                variant={dirty ? 'filled' : 'default'}
              >
                Save
              </Button>
              <Tooltip
                label="Save your changes first: the posting is written from the saved blueprint."
                disabled={!dirty}
                events={{ hover: true, focus: true, touch: true }}
                multiline
                w={260}
                withArrow
              >
                <Button
                  variant={dirty ? 'default' : 'filled'}
                  leftSection={<IconFileText size={18} aria-hidden />}
                  onClick={() => !dirty && onCreateJob()}
                  data-disabled={dirty || undefined}
                  aria-disabled={dirty || undefined}
                  loading={creatingJob}
                >
                  Create job posting
                </Button>
              </Tooltip>
            </Group>
          )}
        </Group>
      </Paper>
    </Box>
  );
}

function SaveState({
  version,
  updatedAt,
  dirty,
  saving,
}: Pick<SaveBarProps, 'version' | 'updatedAt' | 'dirty' | 'saving'>) {
  if (saving) {
    return (
      <Group gap={6} role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">Saving…</Text>
      </Group>
    );
  }
  if (dirty) {
    return (
      <Group gap={4} role="status" c="orange.8">
        <IconPointFilled size={16} aria-hidden />
        <Text size="sm" fw={500}>
          Unsaved changes
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={6} role="status" c="green.8" wrap="nowrap">
      <IconCircleCheck size={18} aria-hidden />
      <Text size="sm" fw={500}>
        Saved
      </Text>
      <Text size="sm" c="dimmed" visibleFrom="xs">
        · version {version} · <RelativeTime value={updatedAt} />
      </Text>
    </Group>
  );
}
