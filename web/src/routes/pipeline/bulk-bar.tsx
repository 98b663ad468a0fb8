import { ActionBar, Button, Text } from '@mantine/core';
import { IconArrowsRightLeft, IconMail, IconTag, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';
import { BulkEmailDialog } from './bulk-email-dialog';
import { BulkMoveDialog } from './bulk-move-dialog';
import { BulkRejectDialog } from './bulk-reject-dialog';
import { BulkTagDialog } from './bulk-tag-dialog';
import { useSelectedCount, useSelectionStore } from './selection-store';

type BulkBarProps = {
  jobId: string;
  jobTitle: string;
  stages: Stage[];
  /** Every card on the board, to look the selected ones up. */
  cards: BoardCard[];
  knownTags: string[];
};

type Dialog = 'move' | 'reject' | 'tag' | 'email';

/** Floats at the bottom of the screen while anything is selected. */
export function BulkBar({ jobId, jobTitle, stages, cards, knownTags }: BulkBarProps) {
  const selection = useSelectionStore();
  const count = useSelectedCount();
  // The dialog works on the selection as it was when it opened.
  const [dialog, setDialog] = useState<{ kind: Dialog; cards: BoardCard[] } | null>(null);

  const open = (kind: Dialog) => {
    const ids = new Set(selection.ids());
    setDialog({ kind, cards: cards.filter((card) => ids.has(card.id)) });
  };
  const close = () => setDialog(null);
  const common = { jobId, cards: dialog?.cards ?? [], onClose: close };

  return (
    <>
      <ActionBar
        opened={count > 0}
        onClose={() => selection.clear()}
        aria-label="Actions for the selected candidates"
        // Under dialogs and the drawer (which use the modal layer), above the board.
        zIndex={150}
        px="sm"
        py={8}
        style={{ flexWrap: 'wrap', justifyContent: 'center', maxWidth: 'calc(100vw - 24px)' }}
      >
        <Text size="sm" fw={600} px={6} aria-live="polite">
          {count} selected
        </Text>
        <ActionBar.Divider />
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconArrowsRightLeft size={15} aria-hidden />}
          onClick={() => open('move')}
        >
          Move selected
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconX size={15} aria-hidden />}
          onClick={() => open('reject')}
        >
          Reject selected
        </Button>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconTag size={15} aria-hidden />}
          onClick={() => open('tag')}
        >
          Tag selected
        </Button>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconMail size={15} aria-hidden />}
          onClick={() => open('email')}
        >
          E-mail selected
        </Button>
        <ActionBar.Divider />
        <ActionBar.CloseButton aria-label="Clear the selection" />
      </ActionBar>
      {dialog?.kind === 'move' && <BulkMoveDialog {...common} jobTitle={jobTitle} stages={stages} />}
      {dialog?.kind === 'reject' && <BulkRejectDialog {...common} jobTitle={jobTitle} />}
      {dialog?.kind === 'tag' && <BulkTagDialog {...common} knownTags={knownTags} />}
      {dialog?.kind === 'email' && <BulkEmailDialog {...common} jobTitle={jobTitle} stages={stages} />}
    </>
  );
}
