import { ActionBar, Button, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Icon, IconArrowsRightLeft, IconDoorExit, IconMail, IconTag, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';
import { BulkEmailDialog } from './bulk-email-dialog';
import { BulkMoveDialog } from './bulk-move-dialog';
import { BulkRejectDialog } from './bulk-reject-dialog';
import { BulkTagDialog } from './bulk-tag-dialog';
import { BulkWithdrawDialog } from './bulk-withdraw-dialog';
import { useSelectedCount, useSelectionStore } from './selection-store';

type BulkBarProps = {
  jobId: string;
  jobTitle: string;
  stages: Stage[];
  /** Every card on the board, to look the selected ones up. */
  cards: BoardCard[];
  knownTags: string[];
};

type Dialog = 'move' | 'reject' | 'withdraw' | 'tag' | 'email';

const bulkActions: { kind: Dialog; label: string; short: string; icon: Icon; color?: string }[] = [
  { kind: 'move', label: 'Move selected', short: 'Move', icon: IconArrowsRightLeft },
  { kind: 'reject', label: 'Reject selected', short: 'Reject', icon: IconX, color: 'red' },
  { kind: 'withdraw', label: 'Mark selected as withdrawn', short: 'Withdrawn', icon: IconDoorExit },
  { kind: 'tag', label: 'Tag selected', short: 'Tag', icon: IconTag },
  { kind: 'email', label: 'E-mail selected', short: 'E-mail', icon: IconMail },
];

/** Floats at the bottom of the screen while anything is selected. */
export function BulkBar({ jobId, jobTitle, stages, cards, knownTags }: BulkBarProps) {
  const selection = useSelectionStore();
  const count = useSelectedCount();
  // The dialog works on the selection as it was when it opened.
  // On a phone the bar keeps to one line: short words, no icons (the full name stays for screen readers).
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
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
        py={8}
        px={phone ? 4 : 'sm'}
        style={{ flexWrap: 'nowrap', justifyContent: 'center', maxWidth: 'calc(100vw - 16px)' }}
      >
        <Text
          size={phone ? 'xs' : 'sm'}
          fw={600}
          px={phone ? 4 : 6}
          aria-live="polite"
          style={{ whiteSpace: 'nowrap' }}
        >
          {count} selected
        </Text>
        {!phone && <ActionBar.Divider />}
        {bulkActions.map((action) => (
          <Button
            key={action.kind}
            size="xs"
            variant="subtle"
            color={action.color}
            px={phone ? 6 : undefined}
            style={{ flexShrink: 0 }}
            leftSection={phone ? undefined : <action.icon size={15} aria-hidden />}
            aria-label={action.label}
            onClick={() => open(action.kind)}
          >
            {phone ? action.short : action.label}
          </Button>
        ))}
        <ActionBar.Divider />
        <ActionBar.CloseButton aria-label="Clear the selection" />
      </ActionBar>
      {dialog?.kind === 'move' && <BulkMoveDialog {...common} jobTitle={jobTitle} stages={stages} />}
      {dialog?.kind === 'reject' && <BulkRejectDialog {...common} jobTitle={jobTitle} />}
      {dialog?.kind === 'withdraw' && <BulkWithdrawDialog {...common} />}
      {dialog?.kind === 'tag' && <BulkTagDialog {...common} knownTags={knownTags} />}
      {dialog?.kind === 'email' && <BulkEmailDialog {...common} jobTitle={jobTitle} stages={stages} />}
    </>
  );
}
