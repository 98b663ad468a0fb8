import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BoardCard } from '../../api/pipeline';
import { getSkill } from '../../domain/hiring-domain';
import classes from './board.module.css';
import { daysInStageText, statusBadges } from './pipeline-labels';

type CardBodyProps = {
  card: BoardCard;
  /** The stage's target, for the "Stalled" explanation. */
  targetDays: number | null;
  /** The name, as a button on the board and as text while dragging. */
  title: ReactNode;
  leading?: ReactNode;
  actions?: ReactNode;
};

/** What a card shows; shared by the card on the board and the copy that follows the pointer. */
export function CardBody({ card, targetDays, title, leading, actions }: CardBodyProps) {
  const place = [card.headline, card.location].filter(Boolean).join(' · ');
  const status = statusBadges[card.status];
  const skillNames = card.skills.map((skill) => getSkill(skill)?.name ?? skill);
  return (
    <>
      <Group gap={6} wrap="nowrap" align="center" h={24}>
        {leading}
        {title}
        <Group gap={2} wrap="nowrap" ml="auto">
          {actions}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" truncate mt={2} h={18}>
        {place || 'No headline or location yet'}
      </Text>
      <div
        className={`${classes.chips} ${classes.fade}`}
        style={{ marginTop: 6, height: 20 }}
        title={skillNames.join(', ')}
      >
        {skillNames.map((skill) => (
          <Badge key={skill} size="sm" variant="light" color="indigo" tt="none" radius="sm">
            {skill}
          </Badge>
        ))}
        {card.skills.length === 0 && (
          <Text size="xs" c="dimmed">
            No skills recorded
          </Text>
        )}
      </div>
      <div
        className={`${classes.chips} ${classes.fade}`}
        style={{ marginTop: 6, height: 20, alignItems: 'center' }}
      >
        {status && (
          <Badge size="sm" variant="light" color={status.color} tt="none" radius="sm">
            {status.label}
          </Badge>
        )}
        {card.stalled && (
          <Badge
            size="sm"
            variant="filled"
            color="red"
            tt="none"
            radius="sm"
            title={`Waited longer than the ${targetDays ?? ''}-day target for this stage`}
          >
            Stalled
          </Badge>
        )}
        {/* Days in the stage only matter while the candidate is in the running. */}
        {!status && (
          <Text size="xs" c={card.stalled ? 'red.8' : 'dimmed'} fw={card.stalled ? 600 : undefined}>
            {daysInStageText(card.daysInStage)}
          </Text>
        )}
        {card.tags.map((tag) => (
          <Badge key={tag} size="sm" variant="outline" color="gray" tt="none" radius="sm">
            {tag}
          </Badge>
        ))}
      </div>
    </>
  );
}
