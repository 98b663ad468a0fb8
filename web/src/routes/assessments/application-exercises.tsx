import {
  Accordion,
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Progress,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconFlask } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  applicationExercisesQuery,
  type CheckCategory,
  type CheckResult,
  type ExerciseInvitation,
  type ExerciseSubmission,
  exercisesQuery,
  sendExercise,
} from '../../api/assessments';
import { FormError } from '../../components/form-error';
import { formatDateTime } from '../../lib/format';
import { ReviewedSubmission, SimilarityNote } from './rubric-review';

const statusLabels: Record<ExerciseInvitation['status'], { label: string; color: string }> = {
  sent: { label: 'Sent, not started', color: 'gray' },
  started: { label: 'In progress', color: 'blue' },
  submitted: { label: 'Submitted', color: 'indigo' },
  graded: { label: 'Graded', color: 'teal' },
  expired: { label: 'Link expired', color: 'orange' },
};

const ratingColors = { pass: 'teal', borderline: 'yellow', fail: 'red' } as const;

const stepLabels: Record<string, string> = {
  unpacking: 'Unpacking the upload',
  starting: 'Starting the service',
  checking: 'Running the checks',
  restarting: 'Restarting for the persistence checks',
  testing: "Running the candidate's own tests",
  inspecting: 'Reading the code',
  migrating: 'Applying the migration to a scratch database',
  done: 'Done',
};

const categoryLabels: Record<CheckCategory, string> = {
  correctness: 'Correctness',
  validation: 'Validation',
  errors: 'Error handling',
  persistence: 'Persistence',
  concurrency: 'Concurrency',
  security: 'Security',
  performance: 'Performance',
};

/** The exercises of one application: a "Send exercise" button for the hiring team, and each result. */
export function ApplicationExercises({
  applicationId,
  candidateName,
  canSend,
}: {
  applicationId: string;
  candidateName: string;
  canSend: boolean;
}) {
  const invitations = useQuery(applicationExercisesQuery(applicationId));
  const [sending, setSending] = useState(false);
  const items = invitations.data ?? [];
  if (!canSend && items.length === 0) return null;
  return (
    <Stack gap="xs" mt="sm">
      {items.map((invitation) => (
        <InvitationResult key={invitation.id} invitation={invitation} />
      ))}
      {canSend && (
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconFlask size={16} aria-hidden />}
            onClick={() => setSending(true)}
          >
            Send exercise
          </Button>
        </Group>
      )}
      {sending && (
        <SendExerciseDialog
          applicationId={applicationId}
          candidateName={candidateName}
          onClose={() => setSending(false)}
        />
      )}
    </Stack>
  );
}

/** A written exercise is reviewed by people, not graded. */
const writtenLabels: Partial<typeof statusLabels> = {
  submitted: { label: 'Awaiting review', color: 'indigo' },
  graded: { label: 'Reviewed', color: 'teal' },
};

function InvitationResult({ invitation }: { invitation: ExerciseInvitation }) {
  const written = invitation.exerciseKind === 'rubric';
  const status = (written && writtenLabels[invitation.status]) || statusLabels[invitation.status];
  const submission = invitation.submission;
  return (
    <Stack
      component="section"
      aria-label={invitation.exerciseTitle}
      gap={6}
      p="sm"
      bg="gray.0"
      style={{ borderRadius: 8 }}
    >
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {invitation.exerciseTitle}
          </Text>
          <Badge variant="light" color={status.color}>
            {status.label}
          </Badge>
          {submission?.rating && (
            <Badge color={ratingColors[submission.rating]}>
              {submission.score}/{submission.maxScore}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {invitation.deadlineAt
            ? `Deadline ${formatDateTime(invitation.deadlineAt)}`
            : `Start before ${formatDateTime(invitation.expiresAt)}`}
        </Text>
      </Group>
      {submission &&
        (written ? (
          <ReviewedSubmission applicationId={invitation.applicationId} submission={submission} />
        ) : (
          <SubmissionResult submission={submission} />
        ))}
      {submission && <SimilarityNote similarity={submission.similarity} />}
    </Stack>
  );
}

function SubmissionResult({ submission }: { submission: ExerciseSubmission }) {
  if (submission.gradingStatus === 'queued' || submission.gradingStatus === 'running') {
    return (
      <Stack gap={4}>
        <Text size="sm">
          Grading {submission.filename}:{' '}
          {submission.gradingStatus === 'queued'
            ? 'waiting for the grader'
            : (stepLabels[submission.progress.step ?? ''] ?? submission.progress.step)}
        </Text>
        <Progress
          value={Math.round(submission.progress.fraction * 100)}
          animated
          aria-label="Grading progress"
        />
      </Stack>
    );
  }
  if (submission.gradingStatus === 'failed') {
    return (
      <Alert color="orange" variant="light" title="Could not be graded">
        {submission.error}
      </Alert>
    );
  }
  const report = submission.report;
  if (!report) return null;
  if (report.outcome !== 'checked') {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="Nothing could be checked"
      >
        <Text size="sm">{submission.verdict}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          {submission.filename}, uploaded {formatDateTime(submission.submittedAt)}. The candidate may upload
          again until the deadline.
        </Text>
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm">{submission.verdict}</Text>
      <Stack gap={4}>
        {(Object.keys(categoryLabels) as CheckCategory[])
          .filter((category) => report.categories[category]?.max > 0)
          .map((category) => {
            const entry = report.categories[category];
            return (
              <Group key={category} gap="sm" wrap="nowrap">
                <Text size="xs" w={110}>
                  {categoryLabels[category]}
                </Text>
                <Progress
                  flex={1}
                  value={(entry.score / entry.max) * 100}
                  color={
                    entry.score === entry.max ? 'teal' : entry.score / entry.max >= 0.5 ? 'yellow' : 'red'
                  }
                  aria-label={`${categoryLabels[category]}: ${entry.score} of ${entry.max}`}
                />
                <Text size="xs" w={60} ta="right">
                  {entry.score}/{entry.max}
                </Text>
              </Group>
            );
          })}
      </Stack>
      <Accordion variant="contained" chevronPosition="left">
        <Accordion.Item value="checks">
          <Accordion.Control>
            <Text size="sm">
              {report.checks.filter((check) => check.passed).length} of {report.checks.length} checks passed ·{' '}
              {submission.filename}, uploaded {formatDateTime(submission.submittedAt)}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <CheckList checks={report.checks} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <Text size="xs" c="dimmed">
        Own tests: {report.ownTests.summary}
        {report.ownTests.passed !== null &&
          ` (${report.ownTests.passed} passed, ${report.ownTests.failed ?? 0} failed)`}
        {' · '}peak memory {(report.resources.peakMemoryBytes / 1024 / 1024).toFixed(0)} MB · CPU{' '}
        {(report.resources.cpuTimeMs / 1000).toFixed(1)} s
      </Text>
    </Stack>
  );
}

/** Every check, failed ones first; opening one shows what was sent, what was expected and what came back. */
function CheckList({ checks }: { checks: CheckResult[] }) {
  const sorted = [...checks].sort((left, right) => Number(left.passed) - Number(right.passed));
  return (
    <Accordion multiple variant="default" chevronPosition="right">
      {sorted.map((check) => (
        <Accordion.Item key={check.id} value={check.id}>
          <Accordion.Control
            icon={
              check.passed ? (
                <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-label="Passed" />
              ) : (
                <IconCircleX size={16} color="var(--mantine-color-red-7)" aria-label="Failed" />
              )
            }
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="xs">{check.description}</Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {check.passed ? check.points : 0}/{check.points}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={4}>
              {!check.passed && (
                <Text size="xs" c="red.8">
                  {check.message}
                </Text>
              )}
              {check.evidence ? (
                <CheckEvidence evidence={check.evidence} />
              ) : (
                <Text size="xs" c="dimmed">
                  No request was made.
                </Text>
              )}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function CheckEvidence({ evidence }: { evidence: NonNullable<CheckResult['evidence']> }) {
  const { request, expected, received } = evidence;
  const status = expected.status === undefined ? null : [expected.status].flat().join(' or ');
  // Schema exercises: the grader ran SQL on the migrated database, and expected says what should happen.
  const sql = request.method === 'SQL';
  return (
    <Stack gap={4}>
      <Text size="xs">
        <Text span fw={600} size="xs">
          {sql ? 'Ran:' : 'Sent:'}
        </Text>{' '}
        <Code>{`${request.method} ${request.path}`}</Code>
      </Text>
      {request.body && <Code block>{request.body}</Code>}
      <Text size="xs">
        <Text span fw={600} size="xs">
          Expected:
        </Text>{' '}
        {status ? `status ${status}` : sql && typeof expected.text === 'string' ? expected.text : 'a reply'}
        {expected.json !== undefined ? ', with a body like' : ''}
      </Text>
      {expected.json !== undefined && <Code block>{JSON.stringify(expected.json, null, 2)}</Code>}
      <Text size="xs">
        <Text span fw={600} size="xs">
          Received:
        </Text>{' '}
        {sql && received && 'error' in received
          ? `the database said: ${String(received.error)}`
          : receivedInWords(received)}
      </Text>
      {received && 'body' in received && typeof received.body === 'string' && received.body && (
        <Code block>{received.body}</Code>
      )}
    </Stack>
  );
}

function receivedInWords(received: NonNullable<CheckResult['evidence']>['received']): string {
  if (!received) return 'nothing (the request was not sent)';
  if ('status' in received) {
    const type = typeof received.contentType === 'string' ? ` (${received.contentType})` : '';
    return `answered ${String(received.status)}${type}`;
  }
  if ('error' in received) return `no answer: ${String(received.error)}`;
  if ('summary' in received) return String(received.summary);
  return 'see the details above';
}

function SendExerciseDialog({
  applicationId,
  candidateName,
  onClose,
}: {
  applicationId: string;
  candidateName: string;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const library = useQuery(exercisesQuery);
  const [exerciseId, setExerciseId] = useState<string | null>(null);
  const [hours, setHours] = useState<number | string>('');
  const [days, setDays] = useState<number | string>(7);
  const chosen = library.data?.find((exercise) => exercise.id === (exerciseId ?? library.data?.[0]?.id));
  const send = useMutation({
    mutationFn: () =>
      sendExercise(applicationId, {
        exerciseId: chosen!.id,
        ...(typeof hours === 'number' ? { timeLimitMinutes: Math.round(hours * 60) } : {}),
        linkValidDays: typeof days === 'number' ? days : 7,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: applicationExercisesQuery(applicationId).queryKey }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) send.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={`Send a practical exercise to ${candidateName}`} size="lg">
      {send.data ? (
        <Stack>
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Sent">
            {candidateName} has an e-mail with their own link. Their time starts when they press Start.
          </Alert>
          <Group>
            <CopyButton value={send.data.url}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy the link'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Select
              label="Exercise"
              data={(library.data ?? []).map((exercise) => ({ value: exercise.id, label: exercise.title }))}
              value={chosen?.id ?? null}
              onChange={setExerciseId}
              allowDeselect={false}
            />
            {chosen && (
              <Text size="sm" c="dimmed">
                {chosen.summary}{' '}
                {chosen.kind === 'rubric'
                  ? 'A written answer: nothing is run, your reviewers score it against a rubric.'
                  : `Graded automatically by ${chosen.checks} checks over HTTP.`}{' '}
                Suggested time: {chosen.timeLimitMinutes / 60} hours.
              </Text>
            )}
            <Group grow>
              <NumberInput
                label="Time limit (hours)"
                description="From Start to the deadline"
                placeholder={chosen ? String(chosen.timeLimitMinutes / 60) : ''}
                min={0.25}
                max={336}
                step={0.5}
                decimalScale={2}
                value={hours}
                onChange={setHours}
              />
              <NumberInput
                label="Link valid for (days)"
                description="Time to press Start"
                min={1}
                max={30}
                value={days}
                onChange={setDays}
              />
            </Group>
            <FormError error={send.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={send.isPending} disabled={!chosen}>
                Send exercise
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
