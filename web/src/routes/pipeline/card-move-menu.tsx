import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsRightLeft, IconCheck } from '@tabler/icons-react';
import type { Ref } from 'react';
import type { BoardCard, Stage } from '../../api/pipeline';
import classes from './board.module.css';

type CardMoveMenuProps = {
  card: BoardCard;
  stages: Stage[];
  onMove: (card: BoardCard, stage: Stage) => void;
  buttonRef?: Ref<HTMLButtonElement>;
};

/** The way to move a candidate without dragging: a plain menu of the stages. */
export function CardMoveMenu({ card, stages, onMove, buttonRef }: CardMoveMenuProps) {
  const closed = card.status === 'rejected' || card.status === 'withdrawn';
  const isCurrent = (stage: Stage) => stage.key === card.stage && !closed;
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon
          ref={buttonRef}
          variant="subtle"
          color="gray"
          size="sm"
          className={classes.control}
          aria-label={`Move ${card.name}`}
        >
          <IconArrowsRightLeft size={15} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {/* Moving a rejected or withdrawn candidate puts them back in the running. */}
        <Menu.Label>{closed ? 'Reopen in…' : 'Move to…'}</Menu.Label>
        {stages.map((stage) => (
          <Menu.Item
            key={stage.key}
            disabled={isCurrent(stage)}
            rightSection={isCurrent(stage) ? <IconCheck size={14} aria-label="(current stage)" /> : undefined}
            onClick={() => onMove(card, stage)}
          >
            {stage.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
