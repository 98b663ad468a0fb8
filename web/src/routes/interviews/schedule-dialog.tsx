import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { interviewPlanQuery, scheduleInterview } from '../../api/interviews';
import { usersQuery } from '../../api/team';
import { FormError } from '../../components/form-error';

type ScheduleDialogProps = {
  applicationId: string;
  jobId: string;
  candidateName: string;
  onClose: () => void;
};

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Tomorrow at 10:00 in the browser's zone, as a datetime-local value. */
function tomorrowAtTen(): string {
  const date = new Date(Date.now() + 86_400_000);
  date.setHours(10, 0, 0, 0);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:00`;
}

/** Puts an interview of the job's plan in the calendar; the candidate and every interviewer get an invitation. */
export function ScheduleDialog({ applicationId, jobId, candidateName, onClose }: ScheduleDialogProps) {
  const queryClient = useQueryClient();
  const plan = useQuery(interviewPlanQuery(jobId));
  const users = useQuery(usersQuery);
  const interviews = (plan.data?.plan.interviews ?? []).filter((interview) => interview.included);
  const [planKey, setPlanKey] = useState<string | null>(null);
  const [interviewerIds, setInterviewerIds] = useState<string[]>([]);
  const [start, setStart] = useState(tomorrowAtTen);
  const [duration, setDuration] = useState<number | ''>('');
  const [videoUrl, setVideoUrl] = useState('');
  const [location, setLocation] = useState('');
  const chosen = interviews.find((interview) => interview.key === planKey);

  const schedule = useMutation({
    mutationFn: () =>
      scheduleInterview(applicationId, {
        planKey: planKey!,
        interviewerIds,
        startsAt: new Date(start).toISOString(),
        ...(duration ? { durationMinutes: duration } : {}),
        timeZone: browserZone,
        videoUrl: videoUrl.trim() || null,
        location: location.trim() || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['interviews'] });
      notifications.show({
        color: 'teal',
        message: `Scheduled. ${candidateName} and the panel have their calendar invitations.`,
      });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (planKey && interviewerIds.length > 0 && start) schedule.mutate();
  };
  const fieldErrors = schedule.error instanceof ApiError ? schedule.error.fieldErrors : {};

  return (
    <Modal opened onClose={onClose} title={`Schedule an interview with ${candidateName}`} size="lg" centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Select
            label="Interview"
            placeholder={plan.isPending ? 'Loading the plan…' : 'Choose from the job’s interview plan'}
            data={interviews.map((interview) => ({
              value: interview.key,
              label: `${interview.title} (${interview.durationMinutes} min)`,
            }))}
            value={planKey}
            onChange={setPlanKey}
            required
          />
          {chosen && (
            <Text size="sm" c="dimmed">
              {chosen.purpose}
            </Text>
          )}
          <MultiSelect
            label="Interviewers"
            placeholder="Who runs it"
            data={(users.data ?? [])
              .filter((user) => user.active)
              .map((user) => ({ value: user.id, label: user.name }))}
            value={interviewerIds}
            onChange={setInterviewerIds}
            searchable
            required
            error={fieldErrors.interviewerIds}
          />
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label="Starts"
              description={`Your time (${browserZone})`}
              value={start}
              onChange={(event) => setStart(event.currentTarget.value)}
              required
              error={fieldErrors.startsAt}
            />
            <NumberInput
              label="Minutes"
              description="Leave empty for the plan’s length"
              min={15}
              max={240}
              step={15}
              value={duration}
              onChange={(value) => setDuration(typeof value === 'number' ? value : '')}
              placeholder={chosen ? String(chosen.durationMinutes) : ''}
            />
          </Group>
          <TextInput
            label="Video link"
            placeholder="https://meet.example.com/…"
            value={videoUrl}
            onChange={(event) => setVideoUrl(event.currentTarget.value)}
            error={fieldErrors.videoUrl}
          />
          <TextInput
            label="Or a room"
            placeholder="e.g. 2nd floor, Ada room"
            value={location}
            onChange={(event) => setLocation(event.currentTarget.value)}
          />
          <FormError error={schedule.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={schedule.isPending}
              disabled={!planKey || interviewerIds.length === 0}
            >
              Schedule and send invitations
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
