import { Badge, Drawer, Group, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { BoardCard, Stage } from '../../api/pipeline';
import { LoadingState } from '../../components/query-states';
import { CandidateTimeline } from './candidate-timeline';
import { DrawerProfile } from './drawer-profile';
import { NoteComposer } from './note-composer';
import { daysInStageText, statusBadges } from './pipeline-labels';

type CandidateDrawerProps = {
  jobId: string;
  /** The application in the URL (`?candidate=`); the drawer is open while there is one. */
  applicationId: string | undefined;
  card: BoardCard | undefined;
  /** The board is still loading, so the card cannot be looked up yet. */
  loading: boolean;
  stages: Stage[];
  canMove: boolean;
  onMove: (card: BoardCard, stage: Stage) => void;
  onClose: () => void;
};

/** A candidate's profile, résumé, notes and history, next to the board. Escape closes it. */
export function CandidateDrawer({
  jobId,
  applicationId,
  card,
  loading,
  stages,
  canMove,
  onMove,
  onClose,
}: CandidateDrawerProps) {
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Drawer
      opened={Boolean(applicationId)}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 560}
      title={
        <Text component="span" fw={700} fz="lg">
          {card?.name ?? 'Candidate'}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {loading && <LoadingState label="Loading the candidate" />}
      {card && (
        <Stack gap="lg">
          <StageLine card={card} stages={stages} canMove={canMove} onMove={onMove} />
          <DrawerProfile jobId={jobId} card={card} canEditTags={canMove} />
          <NoteComposer candidateId={card.candidateId} applicationId={card.id} />
          <CandidateTimeline candidateId={card.candidateId} jobId={jobId} stages={stages} />
        </Stack>
      )}
      {!card && !loading && (
        <Text c="dimmed">
          This candidate is not on the board as it is filtered now. Clear the filters, or turn on “Show
          closed” if they were rejected or withdrew.
        </Text>
      )}
    </Drawer>
  );
}

type StageLineProps = {
  card: BoardCard;
  stages: Stage[];
  canMove: boolean;
  onMove: (card: BoardCard, stage: Stage) => void;
};

function StageLine({ card, stages, canMove, onMove }: StageLineProps) {
  const stage = stages.find((item) => item.key === card.stage);
  const status = statusBadges[card.status];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {canMove ? (
        <Select
          label="Stage"
          w={220}
          data={stages.map((item) => ({ value: item.key, label: item.name }))}
          value={card.stage}
          allowDeselect={false}
          onChange={(key) => {
            const next = stages.find((item) => item.key === key);
            if (next) onMove(card, next);
          }}
        />
      ) : (
        <Text fw={600}>{stage?.name ?? card.stage}</Text>
      )}
      <Group gap={6} pb={6}>
        {status && (
          <Badge variant="light" color={status.color} tt="none">
            {status.label}
          </Badge>
        )}
        {card.stalled && (
          <Badge color="red" tt="none">
            Stalled
          </Badge>
        )}
        <Text size="sm" c={card.stalled ? 'red.8' : 'dimmed'}>
          {daysInStageText(card.daysInStage)}
          {stage?.targetDays ? ` (target ${stage.targetDays})` : ''}
        </Text>
      </Group>
    </Group>
  );
}
