import { Button, Group, Modal, MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  addOwnQuestion,
  type BankEntry,
  editOwnQuestion,
  type OwnQuestionValues,
} from '../../../api/interviews';
import { FormError } from '../../../components/form-error';
import { attributeLabels, themeLabels } from './question-labels';

const seniorityOptions = [
  { value: 'junior', label: 'Junior' },
  { value: 'mid', label: 'Mid-level' },
  { value: 'senior', label: 'Senior' },
];

/** Adds an organisation's own question, or edits one; the server checks it the way it checks the shipped bank. */
export function QuestionForm({ entry, onClose }: { entry: BankEntry | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [theme, setTheme] = useState<string | null>(entry?.theme ?? null);
  const [text, setText] = useState(entry?.text ?? '');
  const [seniority, setSeniority] = useState<string[]>(entry?.seniority ?? ['mid', 'senior']);
  const [attributes, setAttributes] = useState<string[]>(entry?.attributes ?? []);
  const [strongAnswer, setStrong] = useState(entry?.strongAnswer ?? '');
  const [weakAnswer, setWeak] = useState(entry?.weakAnswer ?? '');
  const [followUps, setFollowUps] = useState((entry?.followUps ?? []).join('\n'));

  const save = useMutation({
    mutationFn: () => {
      const values = {
        kind: 'question',
        theme,
        text,
        seniority,
        attributes,
        strongAnswer,
        weakAnswer,
        followUps: followUps
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      } as OwnQuestionValues;
      return entry ? editOwnQuestion(entry.id, values) : addOwnQuestion(values);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['question-bank'] });
      onClose();
    },
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={entry ? 'Edit your question' : 'Add a question'}
      size="lg"
      centered
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Select
            label="Theme"
            data={Object.entries(themeLabels)
              .filter(([value]) => value !== 'system-design')
              .map(([value, label]) => ({ value, label }))}
            value={theme}
            onChange={setTheme}
            required
            error={errors.theme}
          />
          <Textarea
            label="The question"
            description="As you would ask it. Ask for a story of real work, not a definition."
            autosize
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            required
            error={errors.text}
          />
          <Group grow align="flex-start">
            <MultiSelect
              label="For"
              data={seniorityOptions}
              value={seniority}
              onChange={setSeniority}
              error={errors.seniority}
            />
            <MultiSelect
              label="What it probes"
              data={Object.entries(attributeLabels).map(([value, label]) => ({ value, label }))}
              value={attributes}
              onChange={setAttributes}
              maxValues={5}
              searchable
              error={errors.attributes}
            />
          </Group>
          <Textarea
            label="What a strong answer sounds like"
            autosize
            minRows={2}
            value={strongAnswer}
            onChange={(event) => setStrong(event.currentTarget.value)}
            error={errors.strongAnswer}
          />
          <Textarea
            label="What a weak answer sounds like"
            autosize
            minRows={2}
            value={weakAnswer}
            onChange={(event) => setWeak(event.currentTarget.value)}
            error={errors.weakAnswer}
          />
          <Textarea
            label="Follow-up questions"
            description="Two to four, one per line."
            autosize
            minRows={2}
            value={followUps}
            onChange={(event) => setFollowUps(event.currentTarget.value)}
            error={errors.followUps}
          />
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {entry ? 'Save' : 'Add question'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
