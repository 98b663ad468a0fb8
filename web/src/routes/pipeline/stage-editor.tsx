import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  type BoardCard,
  boardKey,
  type Stage,
  type StageEdit,
  type StageKind,
  saveStages,
} from '../../api/pipeline';
import { FormError } from '../../components/form-error';
import { plural } from './pipeline-labels';

type Row = StageEdit & { id: string };

const kindOptions: { value: StageKind; label: string }[] = [
  { value: 'interview', label: 'Interview or test' },
  { value: 'offer', label: 'Offer' },
];

const kindWidth = 190;
const daysWidth = 110;
const iconsWidth = 3 * 34 + 2 * 10;

let nextRowId = 0;
const rowId = () => `new-${++nextRowId}`;

type StageEditorProps = { jobId: string; stages: Stage[]; cards: BoardCard[]; onClose: () => void };

/**
 * Rename, reorder, add and remove a job's stages and set how many days a candidate should wait in each. The
 * first stage (where candidates arrive) and Hired stay first and last; a stage with candidates in it cannot go.
 */
export function StageEditor({ jobId, stages, cards, onClose }: StageEditorProps) {
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() =>
    stages.map(({ key, name, kind, targetDays }) => ({ id: key, key, name, kind, targetDays })),
  );
  const occupied = new Map<string, number>();
  for (const card of cards) {
    if (card.status === 'active') occupied.set(card.stage, (occupied.get(card.stage) ?? 0) + 1);
  }

  const save = useMutation({
    mutationFn: () =>
      saveStages(
        jobId,
        rows.map(({ id: _id, ...stage }) => stage),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKey(jobId) });
      notifications.show({ color: 'teal', message: 'The stages are saved.' });
      onClose();
    },
  });

  const update = (id: string, change: Partial<StageEdit>) =>
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const swap = (index: number, other: number) =>
    setRows((current) => {
      const next = [...current];
      [next[index], next[other]] = [next[other]!, next[index]!];
      return next;
    });
  const addStage = () =>
    setRows((current) => [
      ...current.slice(0, -1),
      { id: rowId(), name: '', kind: 'interview', targetDays: 5 },
      ...current.slice(-1),
    ]);

  const names = rows.map((row) => row.name.trim().toLowerCase());
  const problem = rows.some((row) => row.name.trim().length < 2)
    ? 'Every stage needs a name of at least two letters.'
    : new Set(names).size !== names.length
      ? 'Two stages have the same name.'
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problem) save.mutate();
  };

  return (
    <Modal opened onClose={save.isPending ? () => undefined : onClose} title="Edit stages" size="xl" centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Target days mark a candidate as stalled when they wait longer; the job owner gets a daily list of
            them.
          </Text>
          <Group gap="xs" wrap="nowrap" aria-hidden>
            <Text size="sm" fw={500} style={{ flex: 1 }}>
              Name
            </Text>
            <Text size="sm" fw={500} w={kindWidth}>
              Kind
            </Text>
            <Text size="sm" fw={500} w={daysWidth}>
              Target days
            </Text>
            <div style={{ width: iconsWidth }} />
          </Group>
          {rows.map((row, index) => {
            const fixed = index === 0 || index === rows.length - 1;
            const count = row.key ? (occupied.get(row.key) ?? 0) : 0;
            const label = row.name.trim() || `Stage ${index + 1}`;
            return (
              <Group key={row.id} gap="xs" align="center" wrap="nowrap">
                <TextInput
                  aria-label={`Name of stage ${index + 1}`}
                  value={row.name}
                  onChange={(event) => update(row.id, { name: event.currentTarget.value })}
                  maxLength={60}
                  style={{ flex: 1 }}
                />
                {fixed ? (
                  <Text size="sm" c="dimmed" w={kindWidth} px="sm">
                    {index === 0 ? 'Where candidates arrive' : 'Hired'}
                  </Text>
                ) : (
                  <Select
                    aria-label={`Kind of ${label}`}
                    data={kindOptions}
                    value={row.kind}
                    onChange={(value) => value && update(row.id, { kind: value as StageKind })}
                    allowDeselect={false}
                    w={kindWidth}
                  />
                )}
                <NumberInput
                  aria-label={`Target days for ${label}`}
                  placeholder="None"
                  min={1}
                  max={90}
                  value={row.targetDays ?? ''}
                  onChange={(value) =>
                    update(row.id, { targetDays: typeof value === 'number' ? value : null })
                  }
                  disabled={index === rows.length - 1}
                  w={daysWidth}
                />
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  aria-label={`Move ${label} up`}
                  disabled={fixed || index === 1}
                  onClick={() => swap(index, index - 1)}
                >
                  <IconArrowUp size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  aria-label={`Move ${label} down`}
                  disabled={fixed || index === rows.length - 2}
                  onClick={() => swap(index, index + 1)}
                >
                  <IconArrowDown size={18} aria-hidden />
                </ActionIcon>
                <Tooltip
                  label={count ? `Move its ${plural(count, 'candidate', 'candidates')} out first` : 'Remove'}
                  disabled={fixed}
                >
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={`Remove ${label}`}
                    disabled={fixed || count > 0}
                    onClick={() => setRows((current) => current.filter((other) => other.id !== row.id))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            );
          })}
          <Group>
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={addStage}
              disabled={rows.length >= 15}
            >
              Add a stage
            </Button>
          </Group>
          {problem && (
            <Text size="sm" c="red" role="alert">
              {problem}
            </Text>
          )}
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={Boolean(problem)}>
              Save stages
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
