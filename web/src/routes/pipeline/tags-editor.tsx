import { Group, Loader, TagsInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { type BoardCard, boardKey, runBulkAction } from '../../api/pipeline';

type TagsEditorProps = { jobId: string; card: BoardCard; tags: string[]; canEdit: boolean };

/** Saves each added or removed tag at once, through the same bulk endpoint as the board (one application). */
export function TagsEditor({ jobId, card, tags, canEdit }: TagsEditorProps) {
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(tags);
  // Follows changes made elsewhere (bulk tagging, another teammate) once they arrive.
  useEffect(() => setShown(tags), [tags]);
  const save = useMutation({
    mutationFn: (change: { add: string[]; remove: string[] }) =>
      runBulkAction(jobId, [card.id], { action: 'tag', ...change }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKey(jobId) }),
        queryClient.invalidateQueries({ queryKey: ['candidates', card.candidateId] }),
      ]),
    onError: () => setShown(tags),
  });

  const change = (next: string[]) => {
    const add = next.filter((tag) => !shown.includes(tag));
    const remove = shown.filter((tag) => !next.includes(tag));
    setShown(next);
    if (add.length + remove.length > 0) save.mutate({ add, remove });
  };

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TagsInput
        label="Tags"
        description={canEdit ? 'Type a tag and press Enter; it is saved at once.' : undefined}
        placeholder={canEdit ? 'Add a tag' : undefined}
        value={shown}
        onChange={change}
        readOnly={!canEdit}
        error={save.error ? errorMessage(save.error) : undefined}
        style={{ flex: 1 }}
      />
      {save.isPending && <Loader size="xs" mb={10} aria-label="Saving tags" />}
    </Group>
  );
}
