import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type Debrief, type Decision, debriefQuery, recordDecision } from '../../api/interviews';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { ApplicationOfferButton } from '../offers/application-offer-button';
import { recommendationOptions } from './interview-labels';

const route = getRouteApi('/app/applications/$applicationId/debrief');

const ratingColor = (rating: number | null) =>
  rating === null
    ? undefined
    : rating >= 3.5
      ? 'green.1'
      : rating >= 2.5
        ? 'teal.0'
        : rating >= 1.5
          ? 'orange.0'
          : 'red.1';

export function DebriefPage() {
  const { applicationId } = route.useParams();
  const [proposed, setProposed] = useState<Decision | null>(null);
  const view = useQuery({
    ...debriefQuery(applicationId, proposed ?? undefined),
    placeholderData: (previous) => previous,
  });
  if (view.isPending) return <LoadingState label="Loading the debrief" />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => view.refetch()} />;
  const { application, debrief, decision, hiddenSubmitted } = view.data;

  return (
    <>
      <Anchor
        renderRoot={(props) => (
          <Link {...props} to="/candidates/$candidateId" params={{ candidateId: application.candidate.id }} />
        )}
        size="sm"
        c="dimmed"
      >
        ← {application.candidate.name}
      </Anchor>
      <PageHeader
        title={`Debrief: ${application.candidate.name}`}
        description={`${application.job.title} — decide on the evidence the panel wrote down, against the role’s must-haves.`}
      />
      <Stack gap="xl">
        <Warnings debrief={debrief} />
        {hiddenSubmitted > 0 && (
          <Text size="sm" c="dimmed">
            {hiddenSubmitted} submitted scorecard(s) are hidden from you until you submit your own.
          </Text>
        )}
        <Tally debrief={debrief} />
        <Exercises debrief={debrief} />
        <Coverage debrief={debrief} />
        <Matrix debrief={debrief} />
        {debrief.redFlags.length > 0 && (
          <Stack gap="xs">
            <Title order={2} fz="lg">
              Red flags
            </Title>
            {debrief.redFlags.map((flag) => (
              <Text key={flag.id} size="sm">
                <Text span fw={600}>
                  {flag.label}
                </Text>{' '}
                — seen by {flag.seenBy.join(', ')}
              </Text>
            ))}
          </Stack>
        )}
        {decision ? (
          <Alert
            color={decision.decision === 'hire' ? 'teal' : 'gray'}
            icon={<IconCircleCheck aria-hidden />}
          >
            <Text fw={600}>
              Decided: {decision.decision === 'hire' ? 'hire' : 'do not hire'}
              {decision.decidedBy ? ` by ${decision.decidedBy.name}` : ''} on{' '}
              {new Date(decision.decidedAt).toLocaleDateString()}
            </Text>
            <Text size="sm">{decision.rationale}</Text>
            {decision.decision === 'hire' && (
              <Group mt="sm">
                <ApplicationOfferButton applicationId={applicationId} canStart size="sm" />
              </Group>
            )}
          </Alert>
        ) : (
          <DecisionForm applicationId={applicationId} proposed={proposed} onPropose={setProposed} />
        )}
      </Stack>
    </>
  );
}

function Warnings({ debrief }: { debrief: Debrief }) {
  if (debrief.warnings.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />}>
        The panel covered what this role needs: every must-have has evidence.
      </Alert>
    );
  }
  return (
    <Stack gap="xs" aria-label="The advisor's warnings">
      {debrief.warnings.map((warning) => (
        <Alert
          key={`${warning.id}-${warning.subject ?? ''}`}
          color={warning.severity === 'error' ? 'red' : 'yellow'}
          icon={
            warning.severity === 'error' ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />
          }
          title={warning.message}
        >
          {warning.detail}
        </Alert>
      ))}
    </Stack>
  );
}

function Tally({ debrief }: { debrief: Debrief }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {recommendationOptions.map((option) => (
        <Paper key={option.value} withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {option.label}
          </Text>
          <Text fz={26} fw={700} c={debrief.tally[option.value] ? option.color : 'dimmed'}>
            {debrief.tally[option.value]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

const exerciseVerdicts = {
  pass: { label: 'Meets the bar', color: 'teal' },
  borderline: { label: 'Borderline', color: 'yellow' },
  fail: { label: 'Below the bar', color: 'red' },
} as const;

/** Practical exercises: graded ones by their score, written ones by their reviewers' rating on the 1–4 scale. */
function Exercises({ debrief }: { debrief: Debrief }) {
  if (debrief.exercises.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        Practical exercises
      </Title>
      <Table withTableBorder>
        <Table.Tbody>
          {debrief.exercises.map((exercise) => (
            <Table.Tr key={exercise.exerciseId}>
              <Table.Td>{exercise.title ?? exercise.exerciseId}</Table.Td>
              <Table.Td>
                {exercise.review
                  ? `${exercise.review.averageRating.toFixed(1)} of 4 from ${exercise.review.reviewers} reviewer${exercise.review.reviewers === 1 ? '' : 's'}`
                  : `${exercise.score}/${exercise.maxScore} (${exercise.percent ?? 0}%) on the automatic checks`}
              </Table.Td>
              <Table.Td>
                <Badge color={exerciseVerdicts[exercise.verdict].color} variant="light">
                  {exerciseVerdicts[exercise.verdict].label}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Coverage({ debrief }: { debrief: Debrief }) {
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        Evidence for each must-have
      </Title>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Must-have</Table.Th>
            <Table.Th>Evidence</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>Average</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {debrief.coverage.map((row) => (
            <Table.Tr key={row.skill}>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td>
                <Badge color={row.status === 'evidence' ? 'teal' : 'red'} variant="light">
                  {row.status === 'evidence' ? 'Evidence' : 'No evidence'}
                </Badge>
              </Table.Td>
              <Table.Td>{row.interviewers.join(', ') || '—'}</Table.Td>
              <Table.Td>{row.averageRating?.toFixed(1) ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Matrix({ debrief }: { debrief: Debrief }) {
  const { interviewers, rows } = debrief.matrix;
  if (interviewers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No submitted scorecards yet: the matrix fills in as the panel submits.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        Ratings by attribute and interviewer
      </Title>
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder withColumnBorders aria-label="Ratings by attribute and interviewer">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Attribute</Table.Th>
              {interviewers.map((person) => (
                <Table.Th key={person.id}>{person.name}</Table.Th>
              ))}
              <Table.Th>Average</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.attributeId}>
                <Table.Td>{row.name}</Table.Td>
                {row.cells.map((cell, index) => (
                  <Table.Td
                    key={interviewers[index]!.id}
                    bg={ratingColor(cell?.rating ?? null)}
                    title={
                      cell?.entries
                        .map((entry) => entry.note)
                        .filter(Boolean)
                        .join('\n') || undefined
                    }
                  >
                    {cell?.rating?.toFixed(1) ?? '—'}
                  </Table.Td>
                ))}
                <Table.Td fw={600}>{row.average?.toFixed(1) ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

type DecisionFormProps = {
  applicationId: string;
  proposed: Decision | null;
  onPropose: (decision: Decision) => void;
};

function DecisionForm({ applicationId, proposed, onPropose }: DecisionFormProps) {
  const queryClient = useQueryClient();
  const [rationale, setRationale] = useState('');
  const decide = useMutation({
    mutationFn: () => recordDecision(applicationId, proposed!, rationale),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applications', applicationId] }),
  });
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          The decision
        </Title>
        <Radio.Group
          label="Your decision"
          value={proposed ?? ''}
          onChange={(value) => onPropose(value as Decision)}
        >
          <Group mt="xs">
            <Radio value="hire" label="Hire" />
            <Radio value="no_hire" label="Do not hire" />
          </Group>
        </Radio.Group>
        <Textarea
          label="Why"
          description="The evidence that decided it, in a sentence or two. It stays with the candidate’s record."
          autosize
          minRows={3}
          value={rationale}
          onChange={(event) => setRationale(event.currentTarget.value)}
        />
        <FormError error={decide.error} />
        <Group justify="flex-end">
          <Button
            onClick={() => decide.mutate()}
            loading={decide.isPending}
            disabled={!proposed || rationale.trim().length < 10}
          >
            Record the decision
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
