import { Button, Group, Loader, Text } from '@mantine/core';
import type { BoardCard } from '../../api/pipeline';
import { type BoardSearch, hasFilters } from './board-search';
import { plural } from './pipeline-labels';

type BoardSummaryProps = {
  /** The cards in the columns now. */
  shown: BoardCard[];
  /** Every card the filters let through, closed ones included. */
  total: number;
  search: BoardSearch;
  updating: boolean;
  onClear: () => void;
  onShowClosed: () => void;
};

/** One line above the board: how many, how many stalled, and why the columns may be empty. */
export function BoardSummary({ shown, total, search, updating, onClear, onShowClosed }: BoardSummaryProps) {
  const stalled = shown.filter((card) => card.stalled).length;
  const hiddenClosed = search.closed ? 0 : total - shown.length;
  return (
    <Group gap="xs" mb="sm" mih={28}>
      <Text size="sm" c="dimmed">
        {plural(shown.length, 'candidate', 'candidates')}
        {hasFilters(search) ? ' match the filters' : ' on the board'}
        {stalled > 0 && (
          <Text span inherit c="red.8" fw={600}>
            {' · '}
            {stalled} waited past the stage target
          </Text>
        )}
        {hiddenClosed > 0 && ` · ${hiddenClosed} closed hidden`}
      </Text>
      {updating && <Loader size="xs" aria-label="Updating the board" />}
      {shown.length === 0 && hasFilters(search) && (
        <Button size="compact-sm" variant="light" onClick={onClear}>
          No one matches. Clear the filters
        </Button>
      )}
      {shown.length === 0 && !hasFilters(search) && hiddenClosed > 0 && (
        <Button size="compact-sm" variant="light" onClick={onShowClosed}>
          Everyone here was rejected or withdrew. Show them
        </Button>
      )}
    </Group>
  );
}
