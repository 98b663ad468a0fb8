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
  Table,
  Text,
} from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconFlask } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  applicationExercisesQuery,
  type CheckCategory,
  type ExerciseInvitation,
  type ExerciseSubmission,
  exercisesQuery,
  sendExercise,
} from '../../api/assessments';
import { FormError } from '../../components/form-error';
import { formatDateTime } from '../../lib/format';

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
  done: 'Done',
};

const categoryLabels: Record<CheckCategory, string> = {
  correctness: 'Correctness',
  validation: 'Validation',
  errors: 'Error handling',
  persistence: 'Persistence',
  concurrency: 'Concurrency',
  security: 'Security',
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

function InvitationResult({ invitation }: { invitation: ExerciseInvitation }) {
  const status = statusLabels[invitation.status];
  const submission = invitation.submission;
  return (
    <Stack gap={6} p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
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
      {submission && <SubmissionResult submission={submission} />}
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
            <Table fz="xs" verticalSpacing={4}>
              <Table.Tbody>
                {[...report.checks]
                  .sort((left, right) => Number(left.passed) - Number(right.passed))
                  .map((check) => (
                    <Table.Tr key={check.id}>
                      <Table.Td w={24}>
                        {check.passed ? (
                          <IconCircleCheck
                            size={16}
                            color="var(--mantine-color-teal-7)"
                            aria-label="Passed"
                          />
                        ) : (
                          <IconCircleX size={16} color="var(--mantine-color-red-7)" aria-label="Failed" />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{check.description}</Text>
                        {!check.passed && (
                          <Text size="xs" c="dimmed">
                            {check.message}
                            {check.evidence && (
                              <>
                                {' '}
                                —{' '}
                                <Code>{`${check.evidence.request.method} ${check.evidence.request.path}`}</Code>
                                {check.evidence.received && 'status' in check.evidence.received && (
                                  <> answered {String(check.evidence.received.status)}</>
                                )}
                              </>
                            )}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td w={60} ta="right">
                        {check.passed ? check.points : 0}/{check.points}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
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
                {chosen.summary} Graded automatically by {chosen.checks} checks over HTTP. Suggested time:{' '}
                {chosen.timeLimitMinutes / 60} hours.
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
