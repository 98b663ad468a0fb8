import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  decideEngagement,
  type EngagementDecisionResult,
  type EngagementSummary,
} from '../../api/onboarding';
import { FormError } from '../../components/form-error';
import { engagementLabels, formatDay } from './onboarding-labels';
import { ReplacementList } from './replacements-dialog';

type Choice = 'convert' | 'extend' | 'end';

const MIN_RATIONALE = 20;

type DecisionDialogProps = { engagement: EngagementSummary; onClose: () => void };

/** Convert, extend (with a new end date) or end, always with the reason; ending can ask for a replacement. */
export function DecisionDialog({ engagement, onClose }: DecisionDialogProps) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Choice | ''>('');
  const [rationale, setRationale] = useState('');
  const [newEndDate, setNewEndDate] = useState('');
  const [conversionDate, setConversionDate] = useState('');
  const [requestReplacement, setRequestReplacement] = useState(true);
  const [problems, setProblems] = useState<Partial<Record<'choice' | 'rationale' | 'newEndDate', string>>>(
    {},
  );
  const decide = useMutation({
    mutationFn: () =>
      decideEngagement(
        engagement.id,
        choice === 'extend'
          ? { decision: 'extend', rationale, newEndDate }
          : choice === 'convert'
            ? { decision: 'convert', rationale, conversionDate: conversionDate || null }
            : { decision: 'end', rationale, requestReplacement },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['engagements'] }),
  });
  const kind = engagementLabels[engagement.kind].toLowerCase();

  const submit = () => {
    const found: typeof problems = {};
    if (!choice) found.choice = 'Choose what happens next.';
    if (rationale.trim().length < MIN_RATIONALE)
      found.rationale = 'Write down the reason in a sentence or two: it is what the next reviewer will read.';
    if (choice === 'extend' && !newEndDate) found.newEndDate = 'Pick the new last day.';
    else if (choice === 'extend' && newEndDate <= engagement.endDate)
      found.newEndDate = `The new end must be after ${formatDay(engagement.endDate)}.`;
    setProblems(found);
    if (Object.keys(found).length === 0) decide.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Decide on ${engagement.candidateName}’s ${kind}`}
      size="lg"
      centered
    >
      {decide.data ? (
        <DecisionResult result={decide.data} engagement={engagement} onClose={onClose} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {engagement.jobTitle} · {formatDay(engagement.startDate)} to {formatDay(engagement.endDate)}
            </Text>
            <Radio.Group
              label="What happens next?"
              value={choice}
              onChange={(value) => setChoice(value as Choice)}
              error={problems.choice}
            >
              <Stack gap="xs" mt={6}>
                <Radio value="convert" label="Convert to a permanent hire" />
                <Radio value="extend" label="Extend, with a new end date" />
                <Radio value="end" label="End it" />
              </Stack>
            </Radio.Group>
            {choice === 'convert' && (
              <TextInput
                type="date"
                label="The permanent role starts on"
                description="Leave empty for the day after the engagement ends."
                value={conversionDate}
                onChange={(event) => setConversionDate(event.currentTarget.value)}
              />
            )}
            {choice === 'extend' && (
              <TextInput
                type="date"
                label="New last day"
                value={newEndDate}
                min={engagement.endDate}
                onChange={(event) => setNewEndDate(event.currentTarget.value)}
                error={problems.newEndDate}
                required
              />
            )}
            {choice === 'end' && (
              <Checkbox
                label="Request a replacement: reopen the job and show the next-best candidates from its pipeline"
                checked={requestReplacement}
                onChange={(event) => setRequestReplacement(event.currentTarget.checked)}
              />
            )}
            <Textarea
              label="Why"
              description="The evidence behind the decision, against the goals or success criteria."
              value={rationale}
              onChange={(event) => {
                setRationale(event.currentTarget.value);
                setProblems((current) => ({ ...current, rationale: undefined }));
              }}
              error={problems.rationale}
              autosize
              minRows={3}
              maxLength={4000}
              required
            />
            <FormError error={decide.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={decide.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={decide.isPending}>
                Record the decision
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function DecisionResult({
  result,
  engagement,
  onClose,
}: {
  result: EngagementDecisionResult;
  engagement: EngagementSummary;
  onClose: () => void;
}) {
  const message =
    result.outcome === 'converted'
      ? `${engagement.candidateName} is converted to a permanent hire.`
      : result.outcome === 'extended'
        ? `The ${engagementLabels[engagement.kind].toLowerCase()} now ends on ${formatDay(result.engagement.endDate)}.`
        : `The ${engagementLabels[engagement.kind].toLowerCase()} has ended.`;
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Decision recorded">
        {message}
        {result.replacements &&
          (result.jobReopened
            ? ` ${engagement.jobTitle} is open again.`
            : ` ${engagement.jobTitle} was already open.`)}
      </Alert>
      {result.replacements && (
        <ReplacementList items={result.replacements} leaverName={engagement.candidateName} />
      )}
      <Group justify="flex-end">
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
