import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type FocusAttribute,
  type Kit,
  myScorecardKey,
  type ScorecardValues,
  saveScorecardDraft,
  submitScorecard,
} from '../../api/interviews';
import { FormError } from '../../components/form-error';
import { recommendationOptions } from './interview-labels';

const emptyValues: ScorecardValues = {
  ratings: {},
  notes: {},
  redFlags: [],
  recommendation: null,
  summary: '',
};

type ScorecardFormProps = { kit: Kit; onSubmitted: () => void };

/**
 * One rating per focus attribute on a 4-point scale with no middle, evidence notes, red flags and an overall
 * recommendation. Drafts save themselves a second after typing stops; submitting checks it is complete.
 */
export function ScorecardForm({ kit, onSubmitted }: ScorecardFormProps) {
  const interviewId = kit.interview.id;
  const queryClient = useQueryClient();
  const existing = kit.notes;
  const [values, setValues] = useState<ScorecardValues>(() =>
    existing
      ? {
          ratings: existing.ratings,
          notes: existing.notes,
          redFlags: existing.redFlags,
          recommendation: existing.recommendation,
          summary: existing.summary,
        }
      : emptyValues,
  );
  const [submittedAt, setSubmittedAt] = useState(existing?.submittedAt ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(existing?.updatedAt ?? null);

  const save = useMutation({
    mutationFn: (next: ScorecardValues) => saveScorecardDraft(interviewId, next),
    onSuccess: (result) => {
      setSavedAt(result.scorecard?.updatedAt ?? new Date().toISOString());
      queryClient.setQueryData(myScorecardKey(interviewId), result);
    },
  });
  const submit = useMutation({
    mutationFn: () => submitScorecard(interviewId, values),
    onSuccess: async (result) => {
      setSubmittedAt(result.scorecard?.submittedAt ?? new Date().toISOString());
      await queryClient.invalidateQueries({ queryKey: ['interviews'] });
      await queryClient.invalidateQueries({ queryKey: ['applications', kit.interview.applicationId] });
      onSubmitted();
    },
  });
  // After submission an edit must be complete, so only drafts save themselves.
  const autosave = useDebouncedCallback((next: ScorecardValues) => {
    if (!submittedAt) save.mutate(next);
  }, 1000);

  const change = (next: ScorecardValues) => {
    setValues(next);
    autosave(next);
  };
  const scorecardFlags = kit.redFlags.filter((flag) => flag.onScorecard);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} fz="lg">
          Your scorecard
        </Title>
        <Text size="xs" c="dimmed" aria-live="polite">
          {save.isPending
            ? 'Saving…'
            : submittedAt
              ? 'Submitted'
              : savedAt
                ? `Draft saved ${new Date(savedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`
                : 'Saves as you type'}
        </Text>
      </Group>
      {submittedAt && (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />}>
          Submitted. You can now read the rest of the panel’s scorecards. Changes you make now are kept as a
          new version.
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        Rate only what you saw evidence of in this interview, and write the evidence down: what they said or
        did.
      </Text>
      {kit.focus.map((attribute) => (
        <AttributeRating
          key={attribute.id}
          attribute={attribute}
          rating={values.ratings[attribute.id] ?? null}
          note={values.notes[attribute.id] ?? ''}
          onRating={(rating) => change({ ...values, ratings: { ...values.ratings, [attribute.id]: rating } })}
          onNote={(note) => change({ ...values, notes: { ...values.notes, [attribute.id]: note } })}
        />
      ))}
      {scorecardFlags.length > 0 && (
        <Checkbox.Group
          label="Red flags you saw"
          value={values.redFlags}
          onChange={(redFlags) => change({ ...values, redFlags })}
        >
          <Stack gap={6} mt="xs">
            {scorecardFlags.map((flag) => (
              <Checkbox key={flag.id} value={flag.id} label={flag.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Radio.Group
        label="Overall recommendation"
        description="There is no “maybe”: if you are unsure, that is a no."
        value={values.recommendation ?? ''}
        onChange={(value) =>
          change({ ...values, recommendation: value as ScorecardValues['recommendation'] })
        }
      >
        <Group gap="lg" mt="xs">
          {recommendationOptions.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} color={option.color} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label="Summary for the debrief"
        description="Two or three sentences: the strongest evidence for and against."
        autosize
        minRows={3}
        value={values.summary}
        onChange={(event) => change({ ...values, summary: event.currentTarget.value })}
      />
      <FormError error={save.error} />
      <FormError error={submit.error} />
      {submit.error && 'details' in (submit.error as object) && (
        <Stack gap={2}>
          {((submit.error as { details?: { path: string; message: string }[] }).details ?? []).map(
            (detail) => (
              <Text key={`${detail.path}-${detail.message}`} size="sm" c="red">
                {detail.message}
              </Text>
            ),
          )}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button
          onClick={() => {
            autosave.cancel();
            submit.mutate();
          }}
          loading={submit.isPending}
        >
          {submittedAt ? 'Save changes' : 'Submit scorecard'}
        </Button>
      </Group>
    </Stack>
  );
}

type AttributeRatingProps = {
  attribute: FocusAttribute;
  rating: 1 | 2 | 3 | 4 | null;
  note: string;
  onRating: (rating: 1 | 2 | 3 | 4) => void;
  onNote: (note: string) => void;
};

function AttributeRating({ attribute, rating, note, onRating, onNote }: AttributeRatingProps) {
  const chosen = attribute.anchors.find((anchor) => anchor.rating === rating);
  return (
    <Paper withBorder radius="md" p="sm">
      <Radio.Group
        label={attribute.name}
        value={rating ? String(rating) : ''}
        onChange={(value) => onRating(Number(value) as 1 | 2 | 3 | 4)}
      >
        <Group gap="md" mt={6}>
          {attribute.anchors.map((anchor) => (
            <Radio
              key={anchor.rating}
              value={String(anchor.rating)}
              label={`${anchor.rating} · ${anchor.label}`}
              aria-label={`${attribute.name}: ${anchor.rating}, ${anchor.label}`}
            />
          ))}
        </Group>
      </Radio.Group>
      <Text size="xs" c="dimmed" mt={6}>
        {chosen ? chosen.anchor : attribute.anchors.find((anchor) => anchor.rating === 3)?.anchor}
      </Text>
      <Textarea
        mt="xs"
        aria-label={`Evidence for ${attribute.name}`}
        placeholder="What did they say or do that shows it?"
        autosize
        minRows={2}
        value={note}
        onChange={(event) => onNote(event.currentTarget.value)}
      />
    </Paper>
  );
}
