import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Checkpoint, type OnboardingReview, recordOnboardingReview } from '../../api/onboarding';
import { FormError } from '../../components/form-error';
import { formatDate } from '../../lib/format';
import { formatDay, reviewRatingLabel, reviewRatings } from './onboarding-labels';

type ReviewsSectionProps = {
  planId: string;
  reviews: OnboardingReview[];
  reviewDates: Partial<Record<number, string>>;
  nameOf: (id: string | null) => string | null;
  canRecord: boolean;
};

const checkpoints: Checkpoint[] = [30, 60, 90];

/** The 30/60/90-day reviews: a rating and notes each, recorded by the manager (saving again replaces it). */
export function ReviewsSection({ planId, reviews, reviewDates, nameOf, canRecord }: ReviewsSectionProps) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="reviews-title">
      <Title order={2} fz="lg" id="reviews-title">
        30/60/90-day reviews
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Go through the goals together, then write down a rating and what you saw. Recording a review ticks off
        its item in the checklist.
      </Text>
      <Stack gap="md">
        {checkpoints.map((checkpoint) => (
          <ReviewCard
            // Only the next review to record opens as a form; later ones open on request.
            formOpen={checkpoint === checkpoints.find((day) => !reviews.some((r) => r.checkpoint === day))}
            key={checkpoint}
            planId={planId}
            checkpoint={checkpoint}
            review={reviews.find((review) => review.checkpoint === checkpoint) ?? null}
            dueDate={reviewDates[checkpoint] ?? null}
            nameOf={nameOf}
            canRecord={canRecord}
          />
        ))}
      </Stack>
    </Paper>
  );
}

type ReviewCardProps = {
  formOpen: boolean;
  planId: string;
  checkpoint: Checkpoint;
  review: OnboardingReview | null;
  dueDate: string | null;
  nameOf: (id: string | null) => string | null;
  canRecord: boolean;
};

function ReviewCard({ formOpen, planId, checkpoint, review, dueDate, nameOf, canRecord }: ReviewCardProps) {
  const [editing, setEditing] = useState(false);
  const heading = `${checkpoint}-day review`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={heading}>
      <Group justify="space-between" mb="xs">
        <Stack gap={0}>
          <Title order={3} fz="md">
            {heading}
          </Title>
          {dueDate && (
            <Text size="xs" c="dimmed">
              Due {formatDay(dueDate)}
            </Text>
          )}
        </Stack>
        {review && !editing && canRecord && (
          <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
            Change
          </Button>
        )}
      </Group>
      {review && !editing ? (
        <Stack gap={6}>
          <Badge
            variant="light"
            color={reviewRatings.find((option) => option.value === review.rating)?.color ?? 'gray'}
            tt="none"
          >
            {reviewRatingLabel(review.rating)}
          </Badge>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {review.notes}
          </Text>
          <Text size="xs" c="dimmed">
            Recorded by {nameOf(review.reviewerId) ?? 'a former teammate'} on {formatDate(review.updatedAt)}
          </Text>
        </Stack>
      ) : canRecord && !formOpen && !editing ? (
        <Button variant="light" size="compact-sm" onClick={() => setEditing(true)}>
          Record the {checkpoint}-day review
        </Button>
      ) : canRecord ? (
        <ReviewForm
          planId={planId}
          checkpoint={checkpoint}
          review={review}
          onDone={() => setEditing(false)}
          onCancel={review || !formOpen ? () => setEditing(false) : undefined}
        />
      ) : (
        <Text size="sm" c="dimmed">
          Not recorded yet. The manager records it.
        </Text>
      )}
    </Paper>
  );
}

type ReviewFormProps = {
  planId: string;
  checkpoint: Checkpoint;
  review: OnboardingReview | null;
  onDone: () => void;
  onCancel?: () => void;
};

function ReviewForm({ planId, checkpoint, review, onDone, onCancel }: ReviewFormProps) {
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<string>(review ? String(review.rating) : '');
  const [notes, setNotes] = useState(review?.notes ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => recordOnboardingReview(planId, { checkpoint, rating: Number(rating), notes }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['onboarding-plans'] });
      notifications.show({ color: 'green', message: `The ${checkpoint}-day review is saved.` });
      onDone();
    },
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!rating) return setProblem('Pick a rating.');
        if (notes.trim().length < 2) return setProblem('Write down what you saw, in a sentence or two.');
        setProblem(null);
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <Radio.Group
          label={`How is it going at ${checkpoint} days?`}
          value={rating}
          onChange={setRating}
          error={problem === 'Pick a rating.' ? problem : undefined}
        >
          <Group gap="md" mt={6}>
            {reviewRatings.map((option) => (
              <Radio key={option.value} value={String(option.value)} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Notes"
          description="Which goals were met, with the evidence, and what to focus on next."
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={8000}
          error={problem && problem !== 'Pick a rating.' ? problem : undefined}
        />
        <FormError error={save.error} />
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            Save the {checkpoint}-day review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
