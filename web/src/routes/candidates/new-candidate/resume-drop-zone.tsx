import { Button, Group, Paper, Progress, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { type DragEvent, useId, useState } from 'react';
import { errorMessage } from '../../../api/client';
import { FormError } from '../../../components/form-error';

export const maxResumeBytes = 10 * 1024 * 1024;
const accept =
  '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

type ResumeDropZoneProps = {
  onFile: (file: File) => void;
  /** 0–1 while the file travels; 1 while the server reads it; null when idle. */
  progress: number | null;
  error?: unknown;
  /** The refused file's name, to say which one the error is about. */
  refusedFileName?: string;
};

/** Drag a résumé onto the zone or choose it with the file input; one file at a time. */
export function ResumeDropZone({ onFile, progress, error, refusedFileName }: ResumeDropZoneProps) {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [focused, setFocused] = useState(false);
  const busy = progress !== null;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };

  return (
    <Stack gap="md">
      <Paper
        radius="md"
        p={{ base: 'lg', sm: 48 }}
        bg={dragging ? 'indigo.0' : 'gray.0'}
        style={{
          border: `2px dashed var(--mantine-color-${dragging || focused ? 'indigo-5' : 'gray-4'})`,
          outline: focused ? '2px solid var(--mantine-color-indigo-3)' : undefined,
          outlineOffset: 2,
        }}
        onDragOver={(event: DragEvent) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="sm" ta="center">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconFileUpload size={30} aria-hidden />
          </ThemeIcon>
          <Text fw={600} fz="lg">
            {dragging ? 'Drop the résumé to read it' : 'Drag a résumé here'}
          </Text>
          <Text size="sm" c="dimmed" id={hintId}>
            PDF, Word (DOCX) or plain text, up to 10 MB. Hirebench reads the name, contacts, skills and jobs;
            you check them before anything is saved.
          </Text>
          <VisuallyHidden>
            <input
              id={inputId}
              type="file"
              accept={accept}
              aria-label="Résumé file"
              aria-describedby={hintId}
              disabled={busy}
              onFocus={() => setFocused(true)}
              onBlur={() => setFocused(false)}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared so choosing the same file again after an error still triggers a change.
                event.currentTarget.value = '';
                if (file) onFile(file);
              }}
            />
          </VisuallyHidden>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              or
            </Text>
            <Button component="label" htmlFor={inputId} disabled={busy} aria-hidden>
              Choose a file
            </Button>
          </Group>
        </Stack>
      </Paper>
      {busy && <UploadProgress progress={progress} />}
      <FormError
        error={error}
        message={refusedFileName && `“${refusedFileName}” was not added. ${errorMessage(error)}`}
      />
    </Stack>
  );
}

function UploadProgress({ progress }: { progress: number }) {
  const reading = progress >= 1;
  return (
    <Stack gap={6} role="status">
      <Text size="sm">{reading ? 'Reading the résumé…' : `Uploading… ${Math.round(progress * 100)}%`}</Text>
      <Progress
        value={reading ? 100 : progress * 100}
        animated={reading}
        striped={reading}
        aria-label={reading ? 'Reading the résumé' : 'Upload progress'}
      />
    </Stack>
  );
}
