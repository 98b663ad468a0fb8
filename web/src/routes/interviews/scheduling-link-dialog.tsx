import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { interviewPlanQuery } from '../../api/interviews';
import { sendSchedulingLink } from '../../api/scheduling';
import { usersQuery } from '../../api/team';
import { FormError } from '../../components/form-error';
import { formatDateTime } from '../../lib/format';
import { browserTimeZone } from '../../lib/time-zones';

type SchedulingLinkDialogProps = {
  applicationId: string;
  jobId: string;
  candidateName: string;
  onClose: () => void;
};

/** E-mails the candidate a link to pick a time themselves, from the interviewers' published availability. */
export function SchedulingLinkDialog({
  applicationId,
  jobId,
  candidateName,
  onClose,
}: SchedulingLinkDialogProps) {
  const queryClient = useQueryClient();
  const plan = useQuery(interviewPlanQuery(jobId));
  const users = useQuery(usersQuery);
  const interviews = (plan.data?.plan.interviews ?? []).filter((interview) => interview.included);
  const [planKey, setPlanKey] = useState<string | null>(null);
  const [interviewerIds, setInterviewerIds] = useState<string[]>([]);
  const [mode, setMode] = useState<'all' | 'any'>('all');
  const [duration, setDuration] = useState<number | ''>('');
  const [videoUrl, setVideoUrl] = useState('');
  const [days, setDays] = useState<number | ''>(7);
  const chosen = interviews.find((interview) => interview.key === planKey);

  const send = useMutation({
    mutationFn: () =>
      sendSchedulingLink(applicationId, {
        planKey: planKey!,
        interviewerIds,
        mode: interviewerIds.length > 1 ? mode : 'all',
        ...(duration ? { durationMinutes: duration } : {}),
        timeZone: browserTimeZone(),
        videoUrl: videoUrl.trim() || null,
        expiresInDays: days || 7,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['candidates'] }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (planKey && interviewerIds.length > 0) send.mutate();
  };
  const fieldErrors = send.error instanceof ApiError ? send.error.fieldErrors : {};

  if (send.data) {
    return (
      <Modal opened onClose={onClose} title="Scheduling link sent" centered>
        <Stack gap="sm">
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
            {candidateName} has an e-mail with a link to pick a time. It works until{' '}
            {formatDateTime(send.data.link.expiresAt)} and can be used once.
          </Alert>
          <Text size="sm">If they cannot find the e-mail, send them this link yourself:</Text>
          <TextInput readOnly value={send.data.url} aria-label="The scheduling link" />
          <Group justify="flex-end">
            <CopyButton value={send.data.url}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy the link'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title={`Let ${candidateName} pick a time`} size="lg" centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            We e-mail {candidateName} a link. They see the times when the interviewers are free — in their own
            time zone — and pick one. Everyone then gets the calendar invitation. Interviewers set when they
            are free under{' '}
            <Anchor renderRoot={(props) => <Link {...props} to="/settings/availability" />} size="sm">
              Settings → Availability
            </Anchor>
            .
          </Text>
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
            error={fieldErrors.planKey}
          />
          <MultiSelect
            label="Interviewers"
            placeholder="Whose free times to offer"
            data={(users.data ?? [])
              .filter((user) => user.active)
              .map((user) => ({ value: user.id, label: user.name }))}
            value={interviewerIds}
            onChange={setInterviewerIds}
            searchable
            required
            error={fieldErrors.interviewerIds}
          />
          {interviewerIds.length > 1 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Who joins
              </Text>
              <SegmentedControl
                value={mode}
                onChange={(value) => setMode(value as 'all' | 'any')}
                data={[
                  { value: 'all', label: 'All of them together' },
                  { value: 'any', label: 'Whoever is free' },
                ]}
              />
            </Stack>
          )}
          <Group grow align="flex-start">
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
            <NumberInput
              label="Link works for (days)"
              min={1}
              max={30}
              value={days}
              onChange={(value) => setDays(typeof value === 'number' ? value : '')}
            />
          </Group>
          <TextInput
            label="Video link"
            placeholder="https://meet.example.com/…"
            value={videoUrl}
            onChange={(event) => setVideoUrl(event.currentTarget.value)}
            error={fieldErrors.videoUrl}
          />
          <FormError error={send.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={send.isPending} disabled={!planKey || interviewerIds.length === 0}>
              E-mail the link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
