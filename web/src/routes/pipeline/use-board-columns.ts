import { useMemo, useRef } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';

export type Column = { stage: Stage; cards: BoardCard[] };

const isClosed = (card: BoardCard) => card.status === 'rejected' || card.status === 'withdrawn';

const sameCards = (left: BoardCard[], right: BoardCard[]) =>
  left.length === right.length && left.every((card, index) => card === right[index]);

/**
 * The cards grouped by stage. A column whose cards did not change keeps the very same array, so after
 * a move only the two columns involved re-render (react-query keeps unchanged cards' identity on refetch).
 */
export function useBoardColumns(stages: Stage[], cards: BoardCard[], showClosed: boolean): Column[] {
  const previous = useRef(new Map<string, BoardCard[]>());
  return useMemo(() => {
    const grouped = new Map<string, BoardCard[]>(stages.map((stage) => [stage.key, []]));
    for (const card of cards) {
      if (showClosed || !isClosed(card)) grouped.get(card.stage)?.push(card);
    }
    for (const [key, list] of grouped) {
      const before = previous.current.get(key);
      if (before && sameCards(before, list)) grouped.set(key, before);
    }
    previous.current = grouped;
    return stages.map((stage) => ({ stage, cards: grouped.get(stage.key) ?? [] }));
  }, [stages, cards, showClosed]);
}
