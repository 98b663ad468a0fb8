import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { type JobDetail, type ScreeningQuestion, updateJob } from '../../../api/jobs';
import { FormError } from '../../../components/form-error';
import { ScreeningQuestionRow } from './screening-question-row';
import { useJobMutation } from './use-job-mutation';

const MAX_QUESTIONS = 10;

const newQuestion = (): ScreeningQuestion => ({
  id: `q-${crypto.randomUUID().slice(0, 8)}`,
  question: '',
  kind: 'text',
  required: false,
});

function moveItem<T>(items: T[], from: number, to: number): T[] {
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item!);
  return moved;
}

/** Inline errors by question position, from our own check or the server's `screeningQuestions.N.*` details. */
function questionErrors(questions: ScreeningQuestion[], error: unknown): Record<number, string> {
  const errors: Record<number, string> = {};
  questions.forEach((question, index) => {
    if (question.question.trim().length < 3) errors[index] = 'Write a question of at least 3 characters.';
  });
  if (error instanceof ApiError) {
    for (const detail of error.details) {
      const match = /screeningQuestions\.(\d+)/.exec(detail.path);
      if (match) errors[Number(match[1])] ??= detail.message;
    }
  }
  return errors;
}

export function ApplicationFormTab({ job, canEdit }: { job: JobDetail; canEdit: boolean }) {
  const [questions, setQuestions] = useState(job.screeningQuestions);
  const [closingDate, setClosingDate] = useState(job.validThrough ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const save = useJobMutation(
    () => updateJob(job.id, { screeningQuestions: questions, validThrough: closingDate || null }),
    () => notifications.show({ color: 'green', message: 'Application form saved.' }),
  );
  const errors = showErrors ? questionErrors(questions, save.error) : {};

  const update = (index: number, changes: Partial<ScreeningQuestion>) =>
    setQuestions((current) =>
      current.map((question, at) => (at === index ? { ...question, ...changes } : question)),
    );
  const onSave = () => {
    setShowErrors(true);
    if (Object.keys(questionErrors(questions, null)).length === 0) save.mutate();
  };

  return (
    <Stack gap="lg" maw={760}>
      <Card withBorder radius="md" padding="lg">
        <Title order={3} fz="lg">
          Screening questions
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Asked on the careers page after the standard fields (name, e-mail, phone, location, résumé and
          optional GitHub, LinkedIn, Stack Overflow and website links). Keep it to a few questions that really
          decide who you talk to.
        </Text>
        <Stack gap="sm">
          {questions.length === 0 && (
            <Text size="sm" c="dimmed">
              No screening questions yet: candidates only fill in the standard fields.
              {canEdit && ' Add one, for example "Are you able to work in our time zone?"'}
            </Text>
          )}
          {questions.map((question, index) => (
            <ScreeningQuestionRow
              key={question.id}
              question={question}
              position={index}
              count={questions.length}
              error={errors[index]}
              readOnly={!canEdit}
              onChange={(changes) => update(index, changes)}
              onMove={(offset) => setQuestions((current) => moveItem(current, index, index + offset))}
              onRemove={() => setQuestions((current) => current.filter((_, at) => at !== index))}
            />
          ))}
          {canEdit && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setQuestions((current) => [...current, newQuestion()])}
              disabled={questions.length >= MAX_QUESTIONS}
              style={{ alignSelf: 'flex-start' }}
            >
              {questions.length >= MAX_QUESTIONS ? `Up to ${MAX_QUESTIONS} questions` : 'Add question'}
            </Button>
          )}
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Title order={3} fz="lg" mb="sm">
          Closing date
        </Title>
        <TextInput
          type="date"
          label="Accept applications until"
          description="After this day the job leaves the careers page and the job feeds. Leave empty to keep it open until you close it."
          value={closingDate}
          onChange={(event) => setClosingDate(event.currentTarget.value)}
          readOnly={!canEdit}
          maw={420}
        />
      </Card>
      {canEdit && (
        <Stack gap="sm">
          <FormError error={save.error} />
          <Group>
            <Button onClick={onSave} loading={save.isPending}>
              Save application form
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
