import {
  type Announcements,
  type CollisionDetection,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';

/** What every draggable card carries, so drop handlers and announcements know who moves. */
export type CardDragData = { card: BoardCard };

export const cardOf = (data: { current?: Record<string, unknown> | undefined }) =>
  (data.current as CardDragData | undefined)?.card;

/**
 * Mouse and pen drag as soon as the pointer travels a few pixels. Touch is left to the TouchSensor below,
 * which waits for a long press, so a finger can still scroll the board and the columns on a phone.
 */
class MousePointerSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: ReactPointerEvent) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && nativeEvent.pointerType !== 'touch',
    },
  ];
}

/** Left and right arrows jump a whole column; the default 25-pixel steps would take dozens of presses. */
const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const sideways = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!sideways || !active || !collisionRect) return undefined;
  event.preventDefault();
  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((left, right) => left.rect.left - right.rect.left);
  const current = over?.id ?? cardOf(active.data)?.stage;
  const target = columns[columns.findIndex((column) => column.id === current) + sideways];
  if (!target) return undefined;
  return {
    x: target.rect.left + (target.rect.width - collisionRect.width) / 2,
    y: Math.max(collisionRect.top, target.rect.top),
  };
};

export function useBoardSensors() {
  return useSensors(
    useSensor(MousePointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 300, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
}

/** The pointer decides where a card lands; with the keyboard there is no pointer, so the card's box does. */
export const columnCollisions: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

export const dragInstructions = {
  draggable:
    'To move this candidate to another stage, press Space or Enter, use the left and right arrow keys to choose the stage, then press Space or Enter to drop, or Escape to cancel. The "Move" menu on each card does the same without dragging.',
};

export function dragAnnouncements(stages: Stage[]): Announcements {
  const stageName = (key: unknown) => stages.find((stage) => stage.key === key)?.name ?? 'no stage';
  const nameOf = (active: { data: { current?: Record<string, unknown> | undefined } }) =>
    cardOf(active.data)?.name ?? 'The candidate';
  return {
    onDragStart: ({ active }) => `Picked up ${nameOf(active)} from ${stageName(cardOf(active.data)?.stage)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active)} is over ${stageName(over.id)}.` : `${nameOf(active)} is not over a stage.`,
    onDragEnd: ({ active, over }) => {
      const from = cardOf(active.data)?.stage;
      if (!over || over.id === from) return `${nameOf(active)} stays in ${stageName(from)}.`;
      return `${nameOf(active)} moved from ${stageName(from)} to ${stageName(over.id)}.`;
    },
    onDragCancel: ({ active }) =>
      `Moving ${nameOf(active)} was cancelled; they stay in ${stageName(cardOf(active.data)?.stage)}.`,
  };
}
