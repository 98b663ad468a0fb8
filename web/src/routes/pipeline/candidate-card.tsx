import { type DraggableAttributes, useDraggable } from '@dnd-kit/core';
import { ActionIcon, Checkbox, UnstyledButton } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { memo, useEffect, useRef } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';
import classes from './board.module.css';
import type { CardDragData } from './board-dnd';
import { CardBody } from './card-body';
import { CardMoveMenu } from './card-move-menu';
import { useIsSelected, useSelectionStore } from './selection-store';

export type CardActions = {
  /** Opens the drawer for this application. */
  open: (applicationId: string) => void;
  /** Moves from the "Move" menu (drag and drop has its own path). */
  moveFromMenu: (card: BoardCard, stage: Stage) => void;
};

type CandidateCardProps = {
  card: BoardCard;
  stages: Stage[];
  targetDays: number | null;
  canMove: boolean;
  actions: CardActions;
};

// After a move from the menu the card re-mounts in its new column; its menu button takes the focus back.
let focusAfterMove: string | null = null;
export const refocusAfterMove = (applicationId: string) => {
  focusAfterMove = applicationId;
};

/** One application on the board. Memoised: a move re-renders only the cards that changed. */
export const CandidateCard = memo(function CandidateCard(props: CandidateCardProps) {
  const { card, canMove } = props;
  const selected = useIsSelected(card.id);
  const data: CardDragData = { card };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.id,
    data,
    disabled: !canMove,
  });
  return (
    <div
      ref={setNodeRef}
      className={classes.card}
      data-card-id={card.id}
      data-selected={selected || undefined}
      data-closed={card.status === 'rejected' || card.status === 'withdrawn' || undefined}
      data-dragging={isDragging || undefined}
      {...listeners}
    >
      <CardContent
        {...props}
        selected={selected}
        handleRef={setActivatorNodeRef}
        handleAttributes={attributes}
      />
    </div>
  );
});

type CardContentProps = CandidateCardProps & {
  selected: boolean;
  handleRef: (element: HTMLElement | null) => void;
  handleAttributes: DraggableAttributes;
};

// dnd-kit re-renders every draggable whenever its context changes (a column's list changing is enough);
// the Mantine controls in here are the costly part and do not depend on it, so they skip those renders.
const CardContent = memo(function CardContent({
  card,
  stages,
  targetDays,
  canMove,
  actions,
  selected,
  handleRef,
  handleAttributes,
}: CardContentProps) {
  const selection = useSelectionStore();
  const moveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAfterMove !== card.id) return;
    focusAfterMove = null;
    moveButton.current?.focus();
  }, [card.id]);

  return (
    <CardBody
      card={card}
      targetDays={targetDays}
      leading={
        canMove && (
          <Checkbox
            className={classes.control}
            size="xs"
            aria-label={`Select ${card.name}`}
            checked={selected}
            onChange={() => selection.toggle(card.id)}
          />
        )
      }
      title={
        <UnstyledButton className={classes.openButton} onClick={() => actions.open(card.id)}>
          {card.name}
        </UnstyledButton>
      }
      actions={
        canMove && (
          <>
            <ActionIcon
              ref={handleRef}
              variant="subtle"
              color="gray"
              size="sm"
              className={classes.control}
              style={{ cursor: 'grab' }}
              {...handleAttributes}
              aria-label={`Drag ${card.name}`}
            >
              <IconGripVertical size={15} aria-hidden />
            </ActionIcon>
            <CardMoveMenu card={card} stages={stages} onMove={actions.moveFromMenu} buttonRef={moveButton} />
          </>
        )
      }
    />
  );
});
