import { Button, Group, Paper, Progress, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { type DragEvent, type ReactNode, useId, useState } from 'react';
import { errorMessage } from '../api/client';
import { FormError } from './form-error';

export type FileDropZoneProps = {
  onFile: (file: File) => void;
  /** The `accept` attribute of the file input. */
  accept: string;
  /** The input's accessible name, e.g. "Résumé file". */
  inputLabel: string;
  /** "Drag a résumé here". */
  title: string;
  /** Shown while a file is dragged over the zone. */
  dropTitle: string;
  hint: ReactNode;
  /** What the server is doing once the bytes have arrived, e.g. "Reading the résumé…". */
  processingLabel: string;
  /** 0–1 while the file travels; 1 while the server works on it; null when idle. */
  progress: number | null;
  error?: unknown;
  /** The refused file's name, to say which one the error is about. */
  refusedFileName?: string;
};

/** Drag a file onto the zone or choose it with the file input; one file at a time, with upload progress. */
export function FileDropZone(props: FileDropZoneProps) {
  const { onFile, progress, error, refusedFileName } = props;
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
            {dragging ? props.dropTitle : props.title}
          </Text>
          <Text size="sm" c="dimmed" id={hintId} maw={560}>
            {props.hint}
          </Text>
          <VisuallyHidden>
            <input
              id={inputId}
              type="file"
              accept={props.accept}
              aria-label={props.inputLabel}
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
      {busy && <UploadProgress progress={progress} processingLabel={props.processingLabel} />}
      <FormError
        error={error}
        message={refusedFileName && `“${refusedFileName}” was not added. ${errorMessage(error)}`}
      />
    </Stack>
  );
}

function UploadProgress({ progress, processingLabel }: { progress: number; processingLabel: string }) {
  const processing = progress >= 1;
  return (
    <Stack gap={6} role="status">
      <Text size="sm">{processing ? processingLabel : `Uploading… ${Math.round(progress * 100)}%`}</Text>
      <Progress
        value={processing ? 100 : progress * 100}
        animated={processing}
        striped={processing}
        aria-label={processing ? processingLabel : 'Upload progress'}
      />
    </Stack>
  );
}
