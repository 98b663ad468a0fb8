import { Button, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { cancelInterview, type Interview } from '../../api/interviews';
import { rescheduleInterview } from '../../api/scheduling';
import { FormError } from '../../components/form-error';
import { browserTimeZone } from '../../lib/time-zones';

/** An ISO instant as a datetime-local value in the browser's zone. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type DialogProps = { interview: Interview; onClose: () => void };

/** Moves an interview: the same calendar entry is updated for the candidate and the panel. */
export function RescheduleDialog({ interview, onClose }: DialogProps) {
  const queryClient = useQueryClient();
  const [start, setStart] = useState(() => toLocalInput(interview.startsAt));
  const [duration, setDuration] = useState<number | ''>(interview.durationMinutes);
  const move = useMutation({
    mutationFn: () =>
      rescheduleInterview(interview.id, {
        startsAt: new Date(start).toISOString(),
        ...(duration ? { durationMinutes: duration } : {}),
        timeZone: browserTimeZone(),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['interviews'] });
      notifications.show({
        color: 'teal',
        message: `Moved. ${interview.candidate.name} and the panel have the updated invitation.`,
      });
      onClose();
    },
  });
  const fieldErrors = move.error instanceof ApiError ? move.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (start) move.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={`Move the ${interview.title.toLowerCase()}`} centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Everyone’s calendar entry is updated — the candidate and each interviewer get the new time by
            e-mail.
          </Text>
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label="New start"
              description={`Your time (${browserTimeZone()})`}
              value={start}
              onChange={(event) => setStart(event.currentTarget.value)}
              required
              error={fieldErrors.startsAt}
            />
            <NumberInput
              label="Minutes"
              min={15}
              max={240}
              step={15}
              value={duration}
              onChange={(value) => setDuration(typeof value === 'number' ? value : '')}
              error={fieldErrors.durationMinutes}
            />
          </Group>
          <FormError error={Object.keys(fieldErrors).length ? null : move.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep the current time
            </Button>
            <Button type="submit" loading={move.isPending}>
              Move and tell everyone
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Calls an interview off: the calendar entry is removed for the candidate and the panel. */
export function CancelInterviewDialog({ interview, onClose }: DialogProps) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => cancelInterview(interview.id, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['interviews'] });
      notifications.show({
        message: `Cancelled. ${interview.candidate.name} and the panel have been told.`,
      });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Cancel the ${interview.title.toLowerCase()}?`} centered>
      <Stack gap="sm">
        <Text size="sm">
          The interview is removed from everyone’s calendar and {interview.candidate.name} gets an e-mail
          saying so. Scorecards already written stay.
        </Text>
        <Textarea
          label="Reason"
          description="Optional. Kept on the candidate’s timeline for your team; not sent to the candidate."
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <FormError error={cancel.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={cancel.isPending}>
            Keep it
          </Button>
          <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate()}>
            Cancel the interview
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
