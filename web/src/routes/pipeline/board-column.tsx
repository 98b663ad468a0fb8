import { useDroppable } from '@dnd-kit/core';
import { Badge, Checkbox, Group, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useRef } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';
import classes from './board.module.css';
import { CandidateCard, type CardActions } from './candidate-card';
import { plural } from './pipeline-labels';
import { useSelectedAmong, useSelectionStore } from './selection-store';

/** Cards have a fixed height, so the list can place thousands of them without measuring each. */
export const CARD_HEIGHT = 124;
const CARD_GAP = 8;

type BoardColumnProps = {
  stage: Stage;
  cards: BoardCard[];
  stages: Stage[];
  canMove: boolean;
  actions: CardActions;
};

/** One stage: a drop target with a virtualised list, so only the cards in view are in the page. */
export const BoardColumn = memo(function BoardColumn({
  stage,
  cards,
  stages,
  canMove,
  actions,
}: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.key });
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + CARD_GAP,
    getItemKey: (index) => cards[index]?.id ?? index,
    overscan: 4,
    // Room below the last card, so the floating bulk bar never hides it.
    paddingEnd: 72,
  });

  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      data-stage={stage.key}
      aria-labelledby={headingId}
    >
      <ColumnHeader stage={stage} cards={cards} canMove={canMove} headingId={headingId} />
      <div ref={scrollRef} className={classes.cardList}>
        {cards.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" px="sm" py="xl">
            {canMove ? 'No one here. Drag a card here, or use the Move button on a card.' : 'No one here.'}
          </Text>
        ) : (
          <ul
            aria-labelledby={headingId}
            style={{ position: 'relative', height: virtualizer.getTotalSize(), margin: 0, padding: 0 }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index]!;
              return (
                <li
                  key={item.key}
                  aria-setsize={cards.length}
                  aria-posinset={item.index + 1}
                  style={{
                    listStyle: 'none',
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    height: CARD_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <CandidateCard
                    card={card}
                    stages={stages}
                    targetDays={stage.targetDays}
                    canMove={canMove}
                    actions={actions}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
});

type ColumnHeaderProps = { stage: Stage; cards: BoardCard[]; canMove: boolean; headingId: string };

const ColumnHeader = memo(function ColumnHeader({ stage, cards, canMove, headingId }: ColumnHeaderProps) {
  const stalled = cards.filter((card) => card.stalled).length;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start" px="sm" pt="sm" pb={8}>
      {canMove && <SelectColumn stage={stage} cards={cards} />}
      <div style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="nowrap">
          <Title order={2} fz="sm" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {stage.name}
          </Title>
          <Badge
            size="sm"
            variant="default"
            radius="sm"
            aria-label={plural(cards.length, 'candidate', 'candidates')}
          >
            {cards.length}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" mt={2}>
          {stage.targetDays ? `Target ${plural(stage.targetDays, 'day', 'days')}` : 'No time target'}
          {stalled > 0 && (
            <Text span inherit c="red.8" fw={600}>
              {' · '}
              {stalled} stalled
            </Text>
          )}
        </Text>
      </div>
    </Group>
  );
});

function SelectColumn({ stage, cards }: { stage: Stage; cards: BoardCard[] }) {
  const selection = useSelectionStore();
  const ids = useMemo(() => cards.map((card) => card.id), [cards]);
  const selected = useSelectedAmong(ids);
  const all = ids.length > 0 && selected === ids.length;
  return (
    <Checkbox
      size="xs"
      mt={3}
      aria-label={`Select all in ${stage.name}`}
      checked={all}
      indeterminate={selected > 0 && !all}
      disabled={ids.length === 0}
      onChange={() => selection.setMany(ids, !all)}
    />
  );
}
