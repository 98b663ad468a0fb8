import { Badge, Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessageCircleUser, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Candidate } from '../../../api/candidates';
import { ApiError } from '../../../api/client';
import {
  type Reference,
  type ReferenceQuestion,
  referencesQuery,
  requestReference,
} from '../../../api/scheduling';
import { EmptyState } from '../../../components/empty-state';
import { FormError } from '../../../components/form-error';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RelativeTime } from '../../../components/relative-time';
import { formatDate } from '../../../lib/format';
import { useCanManageCandidates } from '../use-can-manage-candidates';

const statusBadges: Record<Reference['status'], { label: string; color: string }> = {
  requested: { label: 'Waiting for answers', color: 'yellow' },
  received: { label: 'Answered', color: 'teal' },
  expired: { label: 'Link expired', color: 'gray' },
};

const wouldWorkAgainLabels = { yes: 'Yes', maybe: 'Maybe', no: 'No' } as const;

export function ReferencesTab({ candidate }: { candidate: Candidate }) {
  const canManage = useCanManageCandidates();
  const references = useQuery({ ...referencesQuery(candidate.id), enabled: canManage });
  const [asking, setAsking] = useState(false);

  if (!canManage) {
    return (
      <Text c="dimmed" size="sm">
        References are visible to recruiters, hiring managers and admins.
      </Text>
    );
  }
  if (references.isPending) return <LoadingState label="Loading references" />;
  if (references.isError) return <ErrorState error={references.error} onRetry={() => references.refetch()} />;

  const askButton = (
    <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setAsking(true)}>
      Request a reference
    </Button>
  );
  const { items, questions } = references.data;

  return (
    <Stack gap="md">
      {items.length === 0 ? (
        <EmptyState
          icon={<IconMessageCircleUser aria-hidden />}
          title="No references yet"
          description={`Ask people who worked with ${candidate.name} — a former manager or teammate. They get an e-mail with a link to a few specific questions: did they meet deadlines, how did they handle technical disagreements, did they flag problems early, would the referee work with them again.`}
        >
          {askButton}
        </EmptyState>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              Referees answer a few specific questions through an e-mailed link; their answers appear here.
            </Text>
            {askButton}
          </Group>
          {items.map((reference) => (
            <ReferenceCard key={reference.id} reference={reference} questions={questions} />
          ))}
        </>
      )}
      {asking && <RequestReferenceDialog candidate={candidate} onClose={() => setAsking(false)} />}
    </Stack>
  );
}

function ReferenceCard({ reference, questions }: { reference: Reference; questions: ReferenceQuestion[] }) {
  const badge = statusBadges[reference.status];
  const answers = reference.answers;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`Reference from ${reference.refereeName}`}
    >
      <Group justify="space-between" align="flex-start" mb={answers ? 'sm' : 0}>
        <Stack gap={2}>
          <Text fw={600}>{reference.refereeName}</Text>
          <Text size="sm" c="dimmed">
            {reference.relationship} · {reference.refereeEmail}
          </Text>
        </Stack>
        <Stack gap={2} align="flex-end">
          <Badge variant="light" color={badge.color}>
            {badge.label}
          </Badge>
          <Text size="xs" c="dimmed">
            {reference.submittedAt ? (
              <>
                Answered <RelativeTime value={reference.submittedAt} />
              </>
            ) : reference.status === 'requested' ? (
              `Asked ${formatDate(reference.requestedAt)} · link works until ${formatDate(reference.expiresAt)}`
            ) : (
              `Asked ${formatDate(reference.requestedAt)}`
            )}
          </Text>
        </Stack>
      </Group>
      {answers && (
        <Stack gap="sm">
          {questions
            .filter((question) => {
              const value = answers[question.key];
              return typeof value === 'string' && value.trim() !== '';
            })
            .map((question) => (
              <Stack gap={2} key={question.key}>
                <Text size="sm" fw={600}>
                  {question.question}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {question.key === 'wouldWorkAgain'
                    ? wouldWorkAgainLabels[answers.wouldWorkAgain]
                    : answers[question.key]}
                </Text>
              </Stack>
            ))}
        </Stack>
      )}
    </Paper>
  );
}

function RequestReferenceDialog({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [refereeName, setName] = useState('');
  const [refereeEmail, setEmail] = useState('');
  const [relationship, setRelationship] = useState('');
  const ask = useMutation({
    mutationFn: () => requestReference(candidate.id, { refereeName, refereeEmail, relationship }),
    onSuccess: () => {
      void queryClient.invalidateQueries(referencesQuery(candidate.id));
      notifications.show({
        color: 'teal',
        message: `Sent. ${refereeName} has an e-mail with the questions.`,
      });
      onClose();
    },
  });
  const fieldErrors = ask.error instanceof ApiError ? ask.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={`Request a reference for ${candidate.name}`} centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            We e-mail them a link to a few short questions about working with {candidate.name}. The link works
            for 14 days; their answers appear here.
          </Text>
          <TextInput
            label="Referee’s name"
            value={refereeName}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            error={fieldErrors.refereeName}
          />
          <TextInput
            type="email"
            label="Referee’s e-mail"
            value={refereeEmail}
            onChange={(event) => setEmail(event.currentTarget.value)}
            required
            error={fieldErrors.refereeEmail}
          />
          <TextInput
            label="How they worked together"
            description="Shown to the referee, e.g. “Her manager at Acme, 2021–2024”"
            value={relationship}
            onChange={(event) => setRelationship(event.currentTarget.value)}
            required
            error={fieldErrors.relationship}
          />
          <FormError error={Object.keys(fieldErrors).length ? null : ask.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={ask.isPending}>
              Send the request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
