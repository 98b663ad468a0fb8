import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { type BoardCard, type BulkAction, boardKey, runBulkAction } from '../../api/pipeline';
import { FormError } from '../../components/form-error';
import { useSelectionStore } from './selection-store';

/** What every bulk dialog gets: the cards selected when it opened, and how to close it. */
export type BulkDialogProps = {
  jobId: string;
  cards: BoardCard[];
  onClose: () => void;
};

/**
 * Runs one bulk action; once the board shows the result, clears the selection and says what happened
 * (`describe` gets the number of applications the server changed).
 */
export function useBulkAction(jobId: string, cards: BoardCard[], onDone: () => void) {
  const queryClient = useQueryClient();
  const selection = useSelectionStore();
  return useMutation({
    mutationFn: ({ action }: { action: BulkAction; describe: (affected: number) => string }) =>
      runBulkAction(
        jobId,
        cards.map((card) => card.id),
        action,
      ),
    onSuccess: async (affected, { describe }) => {
      await queryClient.invalidateQueries({ queryKey: boardKey(jobId) });
      void queryClient.invalidateQueries({ queryKey: ['candidates'] });
      selection.clear();
      notifications.show({ color: 'teal', title: 'Done', message: describe(affected), autoClose: 8_000 });
      onDone();
    },
  });
}

type BulkActionModalProps = {
  title: string;
  submitLabel: string;
  destructive?: boolean;
  pending: boolean;
  error: unknown;
  canSubmit?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

export function BulkActionModal({
  title,
  submitLabel,
  destructive = false,
  pending,
  error,
  canSubmit = true,
  onSubmit,
  onClose,
  children,
}: BulkActionModalProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSubmit) onSubmit();
  };
  return (
    <Modal
      opened
      onClose={pending ? () => undefined : onClose}
      title={title}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit}>
        <Stack>
          {children}
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={destructive ? 'red' : undefined}
              loading={pending}
              disabled={!canSubmit}
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
