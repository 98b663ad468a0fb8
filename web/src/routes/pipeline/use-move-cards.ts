import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorMessage } from '../../api/client';
import { type Board, type BoardCard, boardKey, runBulkAction, type Stage } from '../../api/pipeline';

type Move = { cards: BoardCard[]; stage: Stage };

/** Puts the moved cards on top of their new column, as the server will once it has saved the move. */
function withMove(board: Board, { cards, stage }: Move): Board {
  const ids = new Set(cards.map((card) => card.id));
  const moved = board.cards
    .filter((card) => ids.has(card.id))
    .map((card) => ({
      ...card,
      stage: stage.key,
      status: stage.kind === 'hired' ? ('hired' as const) : ('active' as const),
      daysInStage: 0,
      stalled: false,
    }));
  return { ...board, cards: [...moved, ...board.cards.filter((card) => !ids.has(card.id))] };
}

/** Puts the cards back as they were; other moves made meanwhile stay. */
function withoutMove(board: Board, originals: BoardCard[]): Board {
  const byId = new Map(originals.map((card) => [card.id, card]));
  const rest = board.cards.filter((card) => !byId.has(card.id));
  return { ...board, cards: [...originals, ...rest] };
}

const whoMoved = (cards: BoardCard[]) => (cards.length === 1 ? cards[0]!.name : `${cards.length} candidates`);

/**
 * Moves cards to a stage at once on screen, saves in the background, and puts them back with a clear
 * message if the server refuses.
 */
export function useMoveCards(jobId: string) {
  const queryClient = useQueryClient();
  const mutationKey = ['board-move', jobId];
  const mutation = useMutation({
    mutationKey,
    mutationFn: ({ cards, stage }: Move) =>
      runBulkAction(
        jobId,
        cards.map((card) => card.id),
        { action: 'move', stage: stage.key },
      ),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: boardKey(jobId) });
      queryClient.setQueriesData<Board>(
        { queryKey: boardKey(jobId) },
        (board) => board && withMove(board, move),
      );
    },
    onError: (error, { cards, stage }) => {
      queryClient.setQueriesData<Board>(
        { queryKey: boardKey(jobId) },
        (board) => board && withoutMove(board, cards),
      );
      notifications.show({
        color: 'red',
        title: `${whoMoved(cards)} could not be moved to ${stage.name}`,
        message: `${errorMessage(error)} The board shows where they are now.`,
        autoClose: 10_000,
      });
    },
    onSettled: () => {
      // Refetching while another move is on its way would briefly undo that move on screen.
      if (queryClient.isMutating({ mutationKey }) === 1) {
        void queryClient.invalidateQueries({ queryKey: boardKey(jobId) });
      }
    },
  });
  const { mutate } = mutation;
  return useCallback(
    (cards: BoardCard[], stage: Stage) => {
      const status = stage.kind === 'hired' ? 'hired' : 'active';
      const moving = cards.filter((card) => card.stage !== stage.key || card.status !== status);
      if (moving.length > 0) mutate({ cards: moving, stage });
    },
    [mutate],
  );
}
