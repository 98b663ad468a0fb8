import { ActionIcon, Checkbox, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ScreeningQuestion } from '../../../api/jobs';

const kindOptions = [
  { value: 'text', label: 'Written answer' },
  { value: 'yes_no', label: 'Yes or no' },
];

type ScreeningQuestionRowProps = {
  question: ScreeningQuestion;
  position: number;
  count: number;
  error?: string;
  readOnly: boolean;
  onChange: (changes: Partial<ScreeningQuestion>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
};

export function ScreeningQuestionRow({
  question,
  position,
  count,
  error,
  readOnly,
  onChange,
  onMove,
  onRemove,
}: ScreeningQuestionRowProps) {
  const number = position + 1;
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={`Question ${number}`}
            value={question.question}
            onChange={(event) => onChange({ question: event.currentTarget.value })}
            error={error}
            readOnly={readOnly}
            maxLength={300}
            style={{ flex: 1 }}
          />
          {!readOnly && (
            <Group gap={2} wrap="nowrap" mt={26}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move question ${number} up`}
                disabled={position === 0}
                onClick={() => onMove(-1)}
              >
                <IconArrowUp size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move question ${number} down`}
                disabled={position === count - 1}
                onClick={() => onMove(1)}
              >
                <IconArrowDown size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove question ${number}`}
                onClick={onRemove}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <Group gap="lg">
          <Select
            aria-label={`Answer type for question ${number}`}
            data={kindOptions}
            value={question.kind}
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(kind) => kind && onChange({ kind: kind as ScreeningQuestion['kind'] })}
            size="xs"
            w={160}
          />
          <Checkbox
            label="Required"
            checked={question.required}
            disabled={readOnly}
            onChange={(event) => onChange({ required: event.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
