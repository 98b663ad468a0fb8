import {
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core';
import { IconCheck, IconClock, IconHourglass, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApprovalStepView, decideOffer, type Offer } from '../../../api/offers';
import { FormError } from '../../../components/form-error';
import { RelativeTime } from '../../../components/relative-time';
import { useSession } from '../../../layouts/session-context';

const stepLook: Record<ApprovalStepView['status'], { color: string; icon: typeof IconCheck; label: string }> =
  {
    approved: { color: 'teal', icon: IconCheck, label: 'Approved' },
    rejected: { color: 'red', icon: IconX, label: 'Rejected' },
    pending: { color: 'yellow', icon: IconHourglass, label: 'Waiting now' },
    waiting: { color: 'gray', icon: IconClock, label: 'Later' },
  };

/** Each step of the approval chain: N of M, who approved or rejected with their comment, whose turn it is. */
export function ApprovalProgress({ offer }: { offer: Offer }) {
  const { approval } = offer;
  const me = useSession().user.id;
  const mayDecide =
    offer.status === 'pending_approval' && !!approval.current?.awaiting.some((person) => person.id === me);
  const done = approval.steps.filter((step) => step.status === 'approved').length;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Approval">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="md">
            Approval
          </Title>
          {approval.steps.length > 0 && (
            <Text size="sm" c="dimmed">
              {done} of {approval.steps.length} step{approval.steps.length === 1 ? '' : 's'} approved
            </Text>
          )}
        </Group>
        {offer.approvalRound === 0 ? (
          <Text size="sm" c="dimmed">
            Not submitted yet. When you submit it, the approval chains that apply to these terms run in order,
            and their approvers are e-mailed.
          </Text>
        ) : approval.steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            No approval chain applies to this offer, so it was approved as soon as it was submitted.
          </Text>
        ) : (
          <Timeline bulletSize={24} lineWidth={2} active={-1}>
            {approval.steps.map((step, index) => {
              const look = stepLook[step.status];
              const decisions = [...step.approvals, ...(step.rejection ? [step.rejection] : [])];
              return (
                <Timeline.Item
                  key={`${step.chainId}-${step.stepIndex}`}
                  bullet={
                    <ThemeIcon color={look.color} radius="xl" size={24}>
                      <look.icon size={14} aria-hidden />
                    </ThemeIcon>
                  }
                  title={
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        Step {index + 1}: {step.name}
                      </Text>
                      <Badge color={look.color} variant="light" size="sm">
                        {look.label}
                      </Badge>
                    </Group>
                  }
                >
                  <Text size="xs" c="dimmed">
                    {step.required} of {step.approvers.length} needed:{' '}
                    {step.approvers.map((person) => person.name).join(', ')}
                    {approval.steps.some((other) => other.chainName !== step.chainName)
                      ? ` · ${step.chainName}`
                      : ''}
                  </Text>
                  {decisions.map((decision) => (
                    <Text key={`${decision.approver.id}-${decision.decidedAt}`} size="sm" mt={4}>
                      <Text span fw={600} c={decision.decision === 'approve' ? 'teal.8' : 'red.8'}>
                        {decision.approver.name} {decision.decision === 'approve' ? 'approved' : 'rejected'}
                      </Text>{' '}
                      <Text span size="xs" c="dimmed">
                        <RelativeTime value={decision.decidedAt} />
                      </Text>
                      {decision.comment && <Text span> — “{decision.comment}”</Text>}
                    </Text>
                  ))}
                  {step.status === 'pending' && approval.current && (
                    <Text size="sm" mt={4}>
                      Waiting for {approval.current.awaiting.map((person) => person.name).join(' or ')} (
                      {approval.current.stillNeeded} more approval
                      {approval.current.stillNeeded === 1 ? '' : 's'} needed)
                    </Text>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
        {mayDecide ? (
          <DecisionForm offer={offer} />
        ) : (
          offer.status === 'pending_approval' && (
            <Text size="sm" c="dimmed">
              Only the approvers of the current step can approve or reject. You can follow along here.
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}

function DecisionForm({ offer }: { offer: Offer }) {
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [rejectTried, setRejectTried] = useState(false);
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'reject') => decideOffer(offer.id, decision, comment),
    onSuccess: (updated) => {
      queryClient.setQueryData(['offers', offer.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['offers'] });
      setComment('');
    },
  });
  const reject = () => {
    setRejectTried(true);
    if (comment.trim()) decide.mutate('reject');
  };
  return (
    <Paper bg="yellow.0" p="sm" radius="md">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          It is your turn to approve this offer
        </Text>
        <Textarea
          label="Comment"
          description="Optional when you approve; say why when you reject, so the offer can be changed."
          autosize
          minRows={2}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={rejectTried && !comment.trim() ? 'Say why you reject the offer.' : undefined}
        />
        <FormError error={decide.error} />
        <Group justify="flex-end">
          <Button color="red" variant="default" onClick={reject} loading={decide.isPending}>
            Reject
          </Button>
          <Button color="teal" onClick={() => decide.mutate('approve')} loading={decide.isPending}>
            Approve
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
