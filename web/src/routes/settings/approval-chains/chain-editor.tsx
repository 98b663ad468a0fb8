import {
  ActionIcon,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type ApprovalChain,
  type ApprovalChainValues,
  type ApprovalStep,
  createApprovalChain,
  updateApprovalChain,
} from '../../../api/offers';
import type { User } from '../../../api/types';
import { FormError } from '../../../components/form-error';

type ChainEditorProps = {
  chain: ApprovalChain | null;
  users: User[];
  /** Where a new chain goes: after the existing ones. */
  nextPosition: number;
  onClose: () => void;
};

/** A step being edited, with a key of its own so moving steps keeps each one's inputs. */
type EditedStep = ApprovalStep & { key: number };

let nextKey = 0;
const withKey = (step: ApprovalStep): EditedStep => ({ ...step, key: nextKey++ });
const emptyStep = (): EditedStep => withKey({ name: '', approverIds: [], required: 1 });

/** Adds or changes a chain: ordered steps, each with approvers from the team and how many of them must approve. */
export function ChainEditor({ chain, users, nextPosition, onClose }: ChainEditorProps) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(chain?.name ?? '');
  const [outsideOnly, setOutsideOnly] = useState(chain?.appliesWhen === 'when_outside_band');
  const [steps, setSteps] = useState<EditedStep[]>(chain?.steps.map(withKey) ?? [emptyStep()]);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: ApprovalChainValues) =>
      chain
        ? updateApprovalChain(chain.id, { ...values, position: chain.position })
        : createApprovalChain({ ...values, position: nextPosition }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['approval-chains'] });
      onClose();
    },
  });
  const people = users
    .filter((user) => user.active || steps.some((step) => step.approverIds.includes(user.id)))
    .map((user) => ({ value: user.id, label: user.name }));

  const changeStep = (index: number, patch: Partial<ApprovalStep>) =>
    setSteps((current) =>
      current.map((step, at) => {
        if (at !== index) return step;
        const next = { ...step, ...patch };
        return {
          ...next,
          required: Math.min(Math.max(next.required, 1), Math.max(next.approverIds.length, 1)),
        };
      }),
    );
  const moveStep = (index: number, by: -1 | 1) =>
    setSteps((current) => {
      const next = [...current];
      const [step] = next.splice(index, 1);
      next.splice(index + by, 0, step!);
      return next;
    });

  const submit = () => {
    if (name.trim().length < 2)
      return setProblem('Give the chain a name, e.g. “Hiring manager, then finance”.');
    const bad = steps.findIndex((step) => step.name.trim().length < 2 || step.approverIds.length === 0);
    if (bad >= 0) return setProblem(`Step ${bad + 1} needs a name and at least one approver.`);
    setProblem(null);
    save.mutate({
      name: name.trim(),
      appliesWhen: outsideOnly ? 'when_outside_band' : 'always',
      steps: steps.map(({ key: _key, ...step }) => ({ ...step, name: step.name.trim() })),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={chain ? `Change “${chain.name}”` : 'Add an approval chain'}
      size="lg"
      centered
    >
      <Stack>
        <TextInput
          label="Chain name"
          placeholder="Hiring manager, then finance"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-autofocus
        />
        <Switch
          label="Only when the offer is outside the band"
          description="Runs for offers below or above the role’s salary range, or in another currency. Off: runs for every offer."
          checked={outsideOnly}
          onChange={(event) => setOutsideOnly(event.currentTarget.checked)}
        />
        <Text fw={600} size="sm">
          Steps, in the order they run
        </Text>
        {steps.map((step, index) => (
          <Paper
            key={step.key}
            withBorder
            radius="md"
            p="sm"
            aria-label={`Step ${index + 1}`}
            component="fieldset"
          >
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={600} size="sm">
                  Step {index + 1}
                </Text>
                <Group gap={4}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move step ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => moveStep(index, -1)}
                  >
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move step ${index + 1} down`}
                    disabled={index === steps.length - 1}
                    onClick={() => moveStep(index, 1)}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove step ${index + 1}`}
                    disabled={steps.length === 1}
                    onClick={() => setSteps((current) => current.filter((_, at) => at !== index))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
              <TextInput
                label="Step name"
                placeholder="Hiring manager"
                value={step.name}
                onChange={(event) => changeStep(index, { name: event.currentTarget.value })}
              />
              <MultiSelect
                label="Approvers"
                placeholder={step.approverIds.length === 0 ? 'Pick people from your team' : undefined}
                data={people}
                value={step.approverIds}
                onChange={(approverIds) => changeStep(index, { approverIds })}
                searchable
              />
              <Group gap="xs" align="flex-end">
                <NumberInput
                  label="Approvals needed"
                  min={1}
                  max={Math.max(step.approverIds.length, 1)}
                  value={step.required}
                  onChange={(value) => changeStep(index, { required: typeof value === 'number' ? value : 1 })}
                  w={160}
                />
                <Text size="sm" c="dimmed" pb={8}>
                  {step.required} of {step.approverIds.length || '…'} must approve
                </Text>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setSteps((current) => [...current, emptyStep()])}
          disabled={steps.length >= 10}
          w="fit-content"
        >
          Add a step
        </Button>
        <FormError error={problem ?? save.error} message={problem ?? undefined} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            Cancel
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {chain ? 'Save the chain' : 'Add the chain'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
