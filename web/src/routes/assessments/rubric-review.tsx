import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Divider,
  Group,
  Modal,
  Paper,
  Progress,
  Radio,
  ScrollArea,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
  Typography,
} from '@mantine/core';
import { IconCircleCheck, IconDownload, IconEyeOff, IconFiles, IconPencil } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import {
  applicationExercisesQuery,
  type ExerciseSubmission,
  type SubmissionSimilarity,
} from '../../api/assessments';
import { ApiError } from '../../api/client';
import {
  type ExerciseReview,
  type HandIn,
  handInQuery,
  type ReviewView,
  type RubricCriterion,
  type RubricScore,
  reviewQuery,
  saveReview,
} from '../../api/exercise-reviews';
import { FormError } from '../../components/form-error';
import { ErrorState, LoadingState } from '../../components/query-states';
import { formatDateTime } from '../../lib/format';
import { renderBrief } from './brief-markdown';

/** The interview scorecards' four points, no middle: 3 and up meets the bar. */
const scoreLabels: Record<RubricScore, string> = { 1: 'Poor', 2: 'Weak', 3: 'Solid', 4: 'Exceptional' };
const verdictLabels = { pass: 'Meets the bar', borderline: 'Borderline', fail: 'Below the bar' } as const;
const verdictColors = { pass: 'teal', borderline: 'yellow', fail: 'red' } as const;
const fileUrl = (fileId: string) => `/api/v1/files/${encodeURIComponent(fileId)}`;

/** A written exercise's result on the candidate's page: the reviewers' rating and the way into the review. */
export function ReviewedSubmission({
  applicationId,
  submission,
}: {
  applicationId: string;
  submission: ExerciseSubmission;
}) {
  const view = useQuery(reviewQuery(submission.id));
  const [open, setOpen] = useState(false);
  if (view.isPending) return <LoadingState label="Loading the reviews" />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => view.refetch()} />;
  const { summary, myReview, hiddenReviews, canReview } = view.data;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Handed in <strong>{submission.filename}</strong> on {formatDateTime(submission.submittedAt)}. Nothing
        is run for a written exercise: reviewers score it against the rubric.
      </Text>
      {summary.averageRating !== null && summary.verdict !== null ? (
        <Stack gap={4}>
          <Group gap="xs">
            <Badge color={verdictColors[summary.verdict]}>
              {summary.averageRating.toFixed(1)} of 4 · {verdictLabels[summary.verdict]}
            </Badge>
            <Text size="xs" c="dimmed">
              from {summary.reviews} review{summary.reviews === 1 ? '' : 's'}
            </Text>
          </Group>
          {summary.criteria.map((criterion) => {
            const average = criterion.average ?? 0;
            return (
              <Group key={criterion.criterionId} gap="sm" wrap="nowrap">
                <Text size="xs" w={200} truncate>
                  {criterion.title}
                </Text>
                <Progress
                  flex={1}
                  value={(average / 4) * 100}
                  color={average >= 3 ? 'teal' : average >= 2.5 ? 'yellow' : 'red'}
                  aria-label={`${criterion.title}: ${criterion.average ?? '—'} of 4`}
                />
                <Text size="xs" w={40} ta="right">
                  {criterion.average?.toFixed(1) ?? '—'}
                </Text>
              </Group>
            );
          })}
        </Stack>
      ) : hiddenReviews > 0 ? (
        <Text size="sm" c="dimmed">
          {hiddenReviews} review{hiddenReviews === 1 ? ' is' : 's are'} in. You see{' '}
          {hiddenReviews === 1 ? 'it' : 'them'} once you submit yours, so that every judgement is your own.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {canReview
            ? 'No review yet. Read the hand-in and score it: the rubric says what each level looks like.'
            : 'No review yet. An interviewer, a hiring manager or an admin scores it against the rubric.'}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          variant={canReview && !myReview ? 'filled' : 'default'}
          leftSection={canReview ? <IconPencil size={16} aria-hidden /> : <IconFiles size={16} aria-hidden />}
          onClick={() => setOpen(true)}
        >
          {canReview ? (myReview ? 'Edit your review' : 'Review') : 'Read the hand-in'}
        </Button>
        {myReview && (
          <Text size="xs" c="dimmed">
            You reviewed it on {formatDateTime(myReview.submittedAt)}.
          </Text>
        )}
      </Group>
      {open && <ReviewDialog applicationId={applicationId} view={view.data} onClose={() => setOpen(false)} />}
    </Stack>
  );
}

function ReviewDialog({
  applicationId,
  view,
  onClose,
}: {
  applicationId: string;
  view: ReviewView;
  onClose: () => void;
}) {
  const others = view.reviews.filter((review) => review.id !== view.myReview?.id);
  return (
    <Modal opened onClose={onClose} fullScreen title={`Review: ${view.exercise.title}`}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {/* The hand-in stays in view while the rubric scrolls beside it. */}
        <Stack gap="sm" style={{ position: 'sticky', top: 60, alignSelf: 'start' }}>
          <Title order={3} fz="md">
            The hand-in
          </Title>
          <HandInPreview submissionId={view.submission.id} />
        </Stack>
        <Stack gap="md">
          {view.canReview ? (
            <ReviewForm applicationId={applicationId} view={view} onDone={onClose} />
          ) : (
            <RubricReference criteria={view.exercise.rubric.criteria} />
          )}
          {view.hiddenReviews > 0 && (
            <Alert variant="light" color="gray" icon={<IconEyeOff aria-hidden />}>
              {view.hiddenReviews} other review{view.hiddenReviews === 1 ? '' : 's'} stay hidden until you
              submit yours.
            </Alert>
          )}
          {others.length > 0 && (
            <Stack gap="sm">
              <Title order={3} fz="md">
                Other reviews
              </Title>
              {others.map((review) => (
                <SubmittedReview key={review.id} review={review} criteria={view.exercise.rubric.criteria} />
              ))}
            </Stack>
          )}
        </Stack>
      </SimpleGrid>
    </Modal>
  );
}

/** The document beside the rubric: Markdown rendered, text as written, a PDF in the browser's viewer. */
function HandInPreview({ submissionId }: { submissionId: string }) {
  const handIn = useQuery(handInQuery(submissionId));
  if (handIn.isPending) return <LoadingState label="Opening the hand-in" />;
  if (handIn.isError) return <ErrorState error={handIn.error} onRetry={() => handIn.refetch()} />;
  const { fileId, filename, format, problem } = handIn.data;
  const readable = handIn.data.files.filter((file) => file.text !== null);
  return (
    <Stack gap="sm">
      {fileId && (
        <Group>
          <Button
            component="a"
            href={fileUrl(fileId)}
            variant="default"
            size="xs"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Download {filename}
          </Button>
        </Group>
      )}
      {problem && (
        <Alert color="orange" variant="light">
          {problem}
        </Alert>
      )}
      {format === 'pdf' && fileId ? (
        <iframe
          title={`The hand-in: ${filename}`}
          src={`${fileUrl(fileId)}?inline=true`}
          style={{
            width: '100%',
            height: '75vh',
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 8,
          }}
        />
      ) : readable.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing in the hand-in can be shown as text. Download it to read it.
        </Text>
      ) : readable.length === 1 ? (
        <HandInFile file={readable[0]!} />
      ) : (
        <Tabs defaultValue={readable[0]!.path} variant="outline">
          <ScrollArea type="auto" scrollbarSize={6}>
            <Tabs.List style={{ flexWrap: 'nowrap' }}>
              {readable.map((file) => (
                <Tabs.Tab key={file.path} value={file.path}>
                  {file.path}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </ScrollArea>
          {readable.map((file) => (
            <Tabs.Panel key={file.path} value={file.path} pt="sm">
              <HandInFile file={file} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}

function HandInFile({ file }: { file: HandIn['files'][number] }) {
  const html = useMemo(
    () => (file.kind === 'markdown' && file.text !== null ? renderBrief(file.text) : null),
    [file],
  );
  return (
    <Paper withBorder radius="md" p="md" mah="75vh" style={{ overflow: 'auto' }}>
      {html !== null ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: raw HTML in the Markdown is escaped and only http(s) links are kept
        <Typography dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {file.text}
        </Code>
      )}
      {file.truncated && (
        <Text size="xs" c="dimmed" mt="sm">
          This file is long; only its beginning is shown. Download the hand-in to read all of it.
        </Text>
      )}
    </Paper>
  );
}

type Draft = Record<string, { score: RubricScore | null; evidence: string }>;

function draftOf(criteria: RubricCriterion[], review: ExerciseReview | null): Draft {
  return Object.fromEntries(
    criteria.map((criterion) => {
      const entry = review?.scores.find((score) => score.criterionId === criterion.id);
      return [criterion.id, { score: entry?.score ?? null, evidence: entry?.evidence ?? '' }];
    }),
  );
}

/** Every criterion with its anchored levels, a score and the evidence; an overall comment; submitted at once. */
function ReviewForm({
  applicationId,
  view,
  onDone,
}: {
  applicationId: string;
  view: ReviewView;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const criteria = view.exercise.rubric.criteria;
  const [draft, setDraft] = useState<Draft>(() => draftOf(criteria, view.myReview));
  const [comment, setComment] = useState(view.myReview?.comment ?? '');
  const [checked, setChecked] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      saveReview(view.submission.id, {
        scores: criteria.map((criterion) => ({
          criterionId: criterion.id,
          score: draft[criterion.id]!.score!,
          evidence: draft[criterion.id]!.evidence,
        })),
        comment,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(reviewQuery(view.submission.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: applicationExercisesQuery(applicationId).queryKey });
    },
  });
  const scoreMissing = (id: string) => checked && draft[id]!.score === null;
  const evidenceMissing = (id: string) => checked && draft[id]!.evidence.trim() === '';
  const commentMissing = checked && comment.trim() === '';
  const complete =
    criteria.every(
      (criterion) => draft[criterion.id]!.score !== null && draft[criterion.id]!.evidence.trim() !== '',
    ) && comment.trim() !== '';
  const serverErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (complete) save.mutate();
  };
  const change = (id: string, value: Partial<Draft[string]>) =>
    setDraft((current) => ({ ...current, [id]: { ...current[id]!, ...value } }));

  if (save.isSuccess) {
    return (
      <Stack>
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Review saved">
          {save.data.reviews.length > 1
            ? `The other reviews are below. The rating on the candidate's page now counts ${save.data.summary.reviews} reviews.`
            : "Your scores are on the candidate's page and in the debrief."}
        </Alert>
        <Group>
          <Button variant="default" onClick={() => save.reset()}>
            Change my review
          </Button>
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={3} fz="md">
          {view.myReview ? 'Your review' : 'Score it against the rubric'}
        </Title>
        <Text size="sm" c="dimmed">
          For each criterion pick the level whose description fits best (there is no middle: 3 and 4 meet the
          bar), then note what in the hand-in shows it.
        </Text>
        {criteria.map((criterion, index) => {
          const entry = draft[criterion.id]!;
          return (
            <Paper key={criterion.id} withBorder radius="md" p="sm">
              <Radio.Group
                label={criterion.title}
                description={criterion.guidance}
                value={entry.score ? String(entry.score) : ''}
                onChange={(value) => change(criterion.id, { score: Number(value) as RubricScore })}
                error={
                  scoreMissing(criterion.id)
                    ? 'Choose the level that fits best.'
                    : serverErrors[`scores.${criterion.id}`]
                }
              >
                <Stack gap={6} mt="xs">
                  {criterion.levels.map((level) => (
                    <Radio
                      key={level.score}
                      value={String(level.score)}
                      label={`${level.score} · ${scoreLabels[level.score]}`}
                      description={level.description}
                      aria-label={`${criterion.title}: ${level.score}, ${scoreLabels[level.score]}`}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                mt="sm"
                label="Evidence"
                aria-label={`Evidence for ${criterion.title}`}
                placeholder="What in the hand-in shows it? A section, a sentence, a decision."
                autosize
                minRows={2}
                value={entry.evidence}
                onChange={(event) => change(criterion.id, { evidence: event.currentTarget.value })}
                error={
                  evidenceMissing(criterion.id)
                    ? 'Note the evidence behind the score.'
                    : serverErrors[`scores.${index}.evidence`]
                }
              />
            </Paper>
          );
        })}
        <Textarea
          label="Overall comment"
          description="A sentence or two for the debrief: the strongest point and the biggest gap."
          autosize
          minRows={3}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={commentMissing ? 'Sum up the hand-in in a sentence or two.' : serverErrors.comment}
        />
        <FormError error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {view.myReview ? 'Save my review' : 'Submit review'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** For readers who do not review: what each level means. */
function RubricReference({ criteria }: { criteria: RubricCriterion[] }) {
  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        The rubric
      </Title>
      {criteria.map((criterion) => (
        <Paper key={criterion.id} withBorder radius="md" p="sm">
          <Text fw={600} size="sm">
            {criterion.title}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {criterion.guidance}
          </Text>
          {criterion.levels.map((level) => (
            <Text key={level.score} size="xs">
              <strong>
                {level.score} · {scoreLabels[level.score]}:
              </strong>{' '}
              {level.description}
            </Text>
          ))}
        </Paper>
      ))}
    </Stack>
  );
}

function SubmittedReview({ review, criteria }: { review: ExerciseReview; criteria: RubricCriterion[] }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {review.reviewer.name}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(review.submittedAt)}
        </Text>
      </Group>
      <Stack gap={4}>
        {review.scores.map((entry) => (
          <Text key={entry.criterionId} size="xs">
            <strong>
              {criteria.find((criterion) => criterion.id === entry.criterionId)?.title ?? entry.criterionId}:{' '}
              {entry.score} · {scoreLabels[entry.score]}
            </strong>{' '}
            — {entry.evidence}
          </Text>
        ))}
      </Stack>
      <Divider my={6} />
      <Text size="sm">{review.comment}</Text>
    </Paper>
  );
}

/** A calm note when another candidate's submission of the same exercise is very similar: worth a look, no more. */
export function SimilarityNote({ similarity }: { similarity: SubmissionSimilarity | null }) {
  if (!similarity?.flagged || !similarity.match || similarity.score === null) return null;
  const { match } = similarity;
  return (
    <Alert color="yellow" variant="light" icon={<IconFiles aria-hidden />} title="Worth a look">
      <Text size="sm">
        Very similar to another candidate's submission ({Math.round(similarity.score * 100)}%) —{' '}
        <Anchor
          size="sm"
          renderRoot={(props) => (
            <Link
              {...props}
              to="/candidates/$candidateId"
              params={{ candidateId: match.candidateId }}
              search={{ tab: 'applications' }}
            />
          )}
        >
          {match.candidateName}'s application
        </Anchor>
        , uploaded {formatDateTime(match.submittedAt)}.
      </Text>
      {similarity.matchingFiles.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          Matching files:{' '}
          {similarity.matchingFiles
            .slice(0, 5)
            .map((file) =>
              file.path === file.otherPath
                ? `${file.path} (${Math.round(file.share * 100)}%)`
                : `${file.path} ↔ ${file.otherPath} (${Math.round(file.share * 100)}%)`,
            )
            .join(', ')}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        Names, comments, layout and our starter are ignored when comparing. Similar work is a reason to ask,
        not to reject: both may have followed the same tutorial.
      </Text>
    </Alert>
  );
}
