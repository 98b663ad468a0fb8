import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent } from '@dnd-kit/core';
import { Select, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type RefObject, useMemo, useRef, useState } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';
import classes from './board.module.css';
import { BoardColumn } from './board-column';
import { cardOf, columnCollisions, dragAnnouncements, dragInstructions, useBoardSensors } from './board-dnd';
import type { CardActions } from './candidate-card';
import { CardBody } from './card-body';
import type { Column } from './use-board-columns';

type PipelineBoardProps = {
  columns: Column[];
  stages: Stage[];
  canMove: boolean;
  actions: CardActions;
  onDrop: (card: BoardCard, stage: Stage) => void;
};

export function PipelineBoard({ columns, stages, canMove, actions, onDrop }: PipelineBoardProps) {
  const sensors = useBoardSensors();
  const announcements = useMemo(() => dragAnnouncements(stages), [stages]);
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const board = useRef<HTMLDivElement>(null);
  const phone = useMediaQuery('(max-width: 36em)') ?? false;

  const handleDragStart = ({ active }: DragStartEvent) => setDragged(cardOf(active.data) ?? null);
  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const card = cardOf(active.data);
    const stage = stages.find((candidate) => candidate.key === over?.id);
    if (card && stage) onDrop(card, stage);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnCollisions}
      accessibility={{ announcements, screenReaderInstructions: dragInstructions }}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {phone && <StageJump stages={stages} board={board} />}
      <div className={classes.board} ref={board}>
        {columns.map(({ stage, cards }) => (
          <BoardColumn
            key={stage.key}
            stage={stage}
            cards={cards}
            stages={stages}
            canMove={canMove}
            actions={actions}
          />
        ))}
      </div>
      {/* Sized like the card being dragged; it follows the pointer while the card stays in its column. */}
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className={`${classes.card} ${classes.overlay}`} style={{ height: '100%' }}>
            <CardBody
              card={dragged}
              targetDays={stages.find((stage) => stage.key === dragged.stage)?.targetDays ?? null}
              title={
                <Text size="sm" fw={600} truncate>
                  {dragged.name}
                </Text>
              }
            />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/** On a phone one column fills the screen; this scrolls straight to a stage instead of swiping through. */
function StageJump({ stages, board }: { stages: Stage[]; board: RefObject<HTMLDivElement | null> }) {
  const jump = (key: string | null) => {
    const column = board.current?.querySelector(`[data-stage="${CSS.escape(key ?? '')}"]`);
    column?.scrollIntoView({ behavior: 'smooth', inline: 'start', block: 'nearest' });
  };
  return (
    <Select
      aria-label="Go to stage"
      placeholder="Go to stage…"
      data={stages.map((stage) => ({ value: stage.key, label: stage.name }))}
      value={null}
      onChange={jump}
      mb="sm"
    />
  );
}
