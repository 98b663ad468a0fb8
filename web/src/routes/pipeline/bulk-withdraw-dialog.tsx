import { Text } from '@mantine/core';
import { BulkActionModal, type BulkDialogProps, useBulkAction } from './bulk-action-modal';
import { plural } from './pipeline-labels';

/** The candidate stepped back (took another offer, stopped looking): not a rejection, and no e-mail goes out. */
export function BulkWithdrawDialog({ jobId, cards, onClose }: BulkDialogProps) {
  const withdraw = useBulkAction(jobId, cards, onClose);
  const who = plural(cards.length, 'candidate', 'candidates');
  return (
    <BulkActionModal
      title={`Mark ${who} as withdrawn`}
      submitLabel="Mark as withdrawn"
      pending={withdraw.isPending}
      error={withdraw.error}
      canSubmit
      onSubmit={() =>
        withdraw.mutate({
          action: { action: 'withdraw' },
          describe: (affected) => `${plural(affected, 'candidate', 'candidates')} marked as withdrawn.`,
        })
      }
      onClose={onClose}
    >
      <Text size="sm">
        Use this when the candidate pulled out themselves — they accepted another offer or stopped looking.
        They leave the board (Show closed brings them back), no e-mail is sent, and their history stays on
        their timeline.
      </Text>
    </BulkActionModal>
  );
}
