import { Anchor, Badge, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReplacementCandidate, replacementsQuery } from '../../api/onboarding';
import { ErrorState, LoadingState } from '../../components/query-states';

type ReplacementsDialogProps = {
  jobId: string;
  jobTitle: string;
  leaver: { id: string; name: string };
  onClose: () => void;
};

/** The job's next-best candidates after someone left, without them. */
export function ReplacementsDialog({ jobId, jobTitle, leaver, onClose }: ReplacementsDialogProps) {
  const replacements = useQuery(replacementsQuery(jobId, leaver.id));
  return (
    <Modal opened onClose={onClose} title={`Next-best candidates for ${jobTitle}`} size="lg" centered>
      {replacements.isPending && <LoadingState label="Loading the candidates" />}
      {replacements.isError && (
        <ErrorState error={replacements.error} onRetry={() => replacements.refetch()} />
      )}
      {replacements.data && <ReplacementList items={replacements.data} leaverName={leaver.name} />}
    </Modal>
  );
}

const basisWords: Record<ReplacementCandidate['basis'], string> = {
  scorecards_and_exercise: 'Ranked on scorecards and the exercise',
  scorecards: 'Ranked on scorecards only',
  exercise: 'Ranked on the exercise only',
  no_evidence: '',
};

export function ReplacementList({
  items,
  leaverName,
}: {
  items: ReplacementCandidate[];
  leaverName: string;
}) {
  return (
    <Stack gap="sm" aria-label="Next-best candidates">
      <Text size="sm" c="dimmed">
        From the job’s own pipeline: people still in it, and people turned down late or only because the
        position was filled — ranked by their scorecards and practical exercise. {leaverName} is not on the
        list.
      </Text>
      {items.length === 0 ? (
        <Text size="sm">
          Nobody in this job’s pipeline is a likely replacement. The job is open: share its careers page or
          add candidates to start again.
        </Text>
      ) : (
        items.map((candidate) => (
          <Paper key={candidate.applicationId} withBorder radius="md" p="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link
                      {...props}
                      to="/candidates/$candidateId"
                      params={{ candidateId: candidate.candidateId }}
                    />
                  )}
                >
                  {candidate.rank}. {candidate.candidateName}
                </Anchor>
                <Text size="sm">{candidate.reason}</Text>
                {candidate.basis !== 'no_evidence' && (
                  <Text size="xs" c="dimmed">
                    {basisWords[candidate.basis]}
                  </Text>
                )}
              </Stack>
              <Stack gap={4} align="flex-end">
                <Badge
                  variant="light"
                  color={candidate.scorecardAverage === null ? 'gray' : 'indigo'}
                  tt="none"
                >
                  {candidate.scorecardAverage === null
                    ? 'No scorecards'
                    : `Scorecards ${candidate.scorecardAverage.toFixed(1)} / 4 (${candidate.scorecardCount ?? 0})`}
                </Badge>
                <Badge variant="light" color={candidate.exerciseScore === null ? 'gray' : 'teal'} tt="none">
                  {candidate.exerciseScore === null
                    ? 'No exercise'
                    : `Exercise ${Math.round(candidate.exerciseScore)} / 100`}
                </Badge>
              </Stack>
            </Group>
          </Paper>
        ))
      )}
    </Stack>
  );
}
