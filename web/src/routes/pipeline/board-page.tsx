import { Alert, Anchor, Button, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconColumns3, IconInfoCircle, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { jobQuery } from '../../api/jobs';
import { type BoardCard, boardQuery, type Stage } from '../../api/pipeline';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useSession } from '../../layouts/session-context';
import { NoCandidatesYet } from './board-empty-state';
import { BoardFilters } from './board-filters';
import { type BoardSearch, boardFilters, hasFilters, noFilters } from './board-search';
import { BoardSummary } from './board-summary';
import { BulkBar } from './bulk-bar';
import { type CardActions, refocusAfterMove } from './candidate-card';
import { CandidateDrawer } from './candidate-drawer';
import { PipelineBoard } from './pipeline-board';
import { SelectionContext, SelectionStore } from './selection-store';
import { StageEditor } from './stage-editor';
import { useBoardColumns } from './use-board-columns';
import { useMoveCards } from './use-move-cards';

const route = getRouteApi('/app/roles/jobs/$jobId/board');

// Stable empty lists while the board loads, so memoised columns see no change.
const noStages: Stage[] = [];
const noCards: BoardCard[] = [];

export function BoardPage() {
  const { jobId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data: job } = useSuspenseQuery(jobQuery(jobId));
  // The server lets interviewers read the board and add notes, but not move or reject anyone.
  const canMove = useSession().user.role !== 'interviewer';
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const board = useQuery({ ...boardQuery(jobId, boardFilters(search)), placeholderData: keepPreviousData });
  const [selection] = useState(() => new SelectionStore());
  const [announcement, setAnnouncement] = useState('');
  const [editingStages, setEditingStages] = useState(false);
  const move = useMoveCards(jobId);

  const stages = board.data?.stages ?? noStages;
  const cards = board.data?.cards ?? noCards;
  const columns = useBoardColumns(stages, cards, Boolean(search.closed));
  const shown = useMemo(() => columns.flatMap((column) => column.cards), [columns]);
  const knownTags = useMemo(() => [...new Set(cards.flatMap((card) => card.tags))].sort(), [cards]);

  useEffect(() => selection.keepOnly(new Set(shown.map((card) => card.id))), [shown, selection]);

  const updateSearch = useCallback(
    (change: Partial<BoardSearch>) =>
      void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true }),
    [navigate],
  );

  const moveOne = useCallback(
    (card: BoardCard, stage: Stage) => {
      move([card], stage);
      setAnnouncement(`${card.name} moved to ${stage.name}.`);
    },
    [move],
  );

  const dropOne = useCallback((card: BoardCard, stage: Stage) => move([card], stage), [move]);

  const actions = useMemo<CardActions>(
    () => ({
      open: (applicationId) => updateSearch({ candidate: applicationId }),
      moveFromMenu: (card, stage) => {
        // With the keyboard, focus follows the card to its new column; a mouse user's board does not jump.
        if (document.activeElement?.matches(':focus-visible')) refocusAfterMove(card.id);
        moveOne(card, stage);
      },
    }),
    [updateSearch, moveOne],
  );

  return (
    <SelectionContext.Provider value={selection}>
      <Anchor
        renderRoot={(props) => <Link {...props} to="/roles/jobs/$jobId" params={{ jobId }} />}
        size="sm"
        c="dimmed"
      >
        ← {job.title}
      </Anchor>
      <PageHeader
        title={`Pipeline: ${job.title}`}
        description={phone ? undefined : 'Drag a card to another stage, or use its Move button.'}
        actions={
          <>
            {canMove && board.data && (
              <Button
                variant="default"
                leftSection={<IconColumns3 size={16} aria-hidden />}
                onClick={() => setEditingStages(true)}
              >
                Edit stages
              </Button>
            )}
            <Button
              renderRoot={(props) => <Link {...props} to="/candidates/new" search={{ mode: 'resume' }} />}
              variant="default"
              leftSection={<IconUserPlus size={16} aria-hidden />}
            >
              Add a candidate
            </Button>
          </>
        }
      />
      {/* Moves made from a menu or the drawer are read out; drag and drop announces its own. */}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      {board.isPending && <LoadingState label="Loading the board" />}
      {board.isError && <ErrorState error={board.error} onRetry={() => board.refetch()} />}
      {board.data && cards.length === 0 && !hasFilters(search) && <NoCandidatesYet job={job} />}
      {board.data && (cards.length > 0 || hasFilters(search)) && (
        <>
          <BoardFilters search={search} knownTags={knownTags} onChange={updateSearch} />
          {!canMove && (
            <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />} mb="md">
              You can read the board and add notes. Moving and rejecting candidates is for recruiters, hiring
              managers and admins.
            </Alert>
          )}
          <BoardSummary
            shown={shown}
            total={cards.length}
            search={search}
            updating={board.isPlaceholderData}
            onClear={() => updateSearch(noFilters)}
            onShowClosed={() => updateSearch({ closed: true })}
          />
          <PipelineBoard
            columns={columns}
            stages={stages}
            canMove={canMove}
            actions={actions}
            onDrop={dropOne}
          />
          {canMove && (
            <BulkBar jobId={jobId} jobTitle={job.title} stages={stages} cards={shown} knownTags={knownTags} />
          )}
        </>
      )}

      {editingStages && (
        <StageEditor jobId={jobId} stages={stages} cards={cards} onClose={() => setEditingStages(false)} />
      )}
      <CandidateDrawer
        jobId={jobId}
        applicationId={search.candidate}
        card={cards.find((card) => card.id === search.candidate)}
        loading={board.isPending}
        stages={stages}
        canMove={canMove}
        onMove={moveOne}
        onClose={() => updateSearch({ candidate: undefined })}
      />
    </SelectionContext.Provider>
  );
}
