import { MultiSelect, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { BulkActionModal, type BulkDialogProps, useBulkAction } from './bulk-action-modal';
import { plural } from './pipeline-labels';

export function BulkTagDialog({
  jobId,
  cards,
  knownTags,
  onClose,
}: BulkDialogProps & { knownTags: string[] }) {
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const tag = useBulkAction(jobId, cards, onClose);
  const tagsOnSelection = [...new Set(cards.flatMap((card) => card.tags))].sort();
  const who = plural(cards.length, 'candidate', 'candidates');

  const submit = () =>
    tag.mutate({
      action: { action: 'tag', add, remove },
      describe: (affected) => `Tags updated for ${plural(affected, 'candidate', 'candidates')}.`,
    });

  return (
    <BulkActionModal
      title={`Tag ${who}`}
      submitLabel="Update tags"
      pending={tag.isPending}
      error={tag.error}
      canSubmit={add.length + remove.length > 0}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm" c="dimmed">
        Tags belong to the person, so they show on every job the candidate applied to.
      </Text>
      <TagsInput
        label="Add tags"
        description="Type a tag and press Enter. Up to 10 at a time."
        placeholder="e.g. strong-sql"
        data={knownTags}
        value={add}
        onChange={setAdd}
        maxTags={10}
      />
      <MultiSelect
        label="Remove tags"
        placeholder={
          tagsOnSelection.length ? 'Choose tags to remove' : 'The selected candidates have no tags'
        }
        data={tagsOnSelection}
        value={remove}
        onChange={setRemove}
        disabled={tagsOnSelection.length === 0}
        maxValues={10}
      />
    </BulkActionModal>
  );
}
