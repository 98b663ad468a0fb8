import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../../api/client';
import { type InterviewPlan, interviewPlanQuery, type PlanEnvelope } from '../../../api/interviews';
import type { JobDetail } from '../../../api/jobs';
import { FormError } from '../../../components/form-error';
import { ErrorState, LoadingState } from '../../../components/query-states';

type PlannedInterview = InterviewPlan['interviews'][number];
type Editable = Pick<PlannedInterview, 'title' | 'durationMinutes' | 'purpose' | 'included'>;

const roleLabels: Record<string, string> = {
  hiring_manager: 'Hiring manager',
  recruiter: 'Recruiter',
  tech_lead: 'Tech lead',
  engineer: 'Engineer on the team',
  teammate: 'Future teammate',
  technical_advisor: 'Outside technical advisor',
};

/** The job's interview plan: which interviews a candidate goes through, what each is for and how long it takes. */
export function InterviewPlanTab({ job, canEdit }: { job: JobDetail; canEdit: boolean }) {
  const plan = useQuery(interviewPlanQuery(job.id));
  // Lives here: the editor starts afresh when the newer version arrives, and the notice must stay.
  const [stale, setStale] = useState(false);
  if (plan.isPending) return <LoadingState label="Loading the interview plan" />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => plan.refetch()} />;
  // Keyed by version: after a save or a reload the edits start again from what is stored.
  return (
    <PlanEditor
      key={plan.data.version}
      envelope={plan.data}
      jobId={job.id}
      canEdit={canEdit}
      stale={stale}
      setStale={setStale}
    />
  );
}

type EditorProps = {
  envelope: PlanEnvelope;
  jobId: string;
  canEdit: boolean;
  stale: boolean;
  setStale: (stale: boolean) => void;
};

function PlanEditor({ envelope, jobId, canEdit, stale, setStale }: EditorProps) {
  const queryClient = useQueryClient();
  const { plan } = envelope;
  const saved = (): Editable[] =>
    plan.interviews.map(({ title, durationMinutes, purpose, included }) => ({
      title,
      durationMinutes,
      purpose,
      included,
    }));
  const [edits, setEdits] = useState<Editable[]>(saved);
  const names = new Map(plan.attributes.map((attribute) => [attribute.id, attribute.name]));
  const dirty = edits.some((edit, index) => {
    const stored = plan.interviews[index]!;
    return (
      edit.title !== stored.title ||
      edit.durationMinutes !== stored.durationMinutes ||
      edit.purpose !== stored.purpose ||
      edit.included !== stored.included
    );
  });

  const save = useMutation({
    mutationFn: () =>
      api.put<{ plan: PlanEnvelope }>(`/jobs/${encodeURIComponent(jobId)}/interview-plan`, {
        version: envelope.version,
        plan: {
          ...plan,
          interviews: plan.interviews.map((interview, index) => ({ ...interview, ...edits[index] })),
        },
      }),
    onSuccess: ({ plan: saved }) => {
      setStale(false);
      queryClient.setQueryData(interviewPlanQuery(jobId).queryKey, saved);
      notifications.show({ color: 'teal', message: 'Interview plan saved.' });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setStale(true);
        void queryClient.invalidateQueries(interviewPlanQuery(jobId));
      }
    },
  });

  const update = (index: number, change: Partial<Editable>) =>
    setEdits((current) =>
      current.map((edit, position) => (position === index ? { ...edit, ...change } : edit)),
    );
  const totalMinutes = edits.reduce((sum, edit) => sum + (edit.included ? edit.durationMinutes || 0 : 0), 0);
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};

  return (
    <Stack gap="lg">
      <Text c="dimmed" maw={760}>
        The interviews every candidate for this job goes through, built from the role’s must-haves. Each
        interviewer gets a kit with these questions and rates the listed attributes, so every must-have gets
        evidence. Included interviews take {Math.round((totalMinutes / 60) * 10) / 10} hours of a candidate’s
        time in total.
      </Text>
      {stale && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} role="alert">
          Someone else saved this plan while you were editing it. Their version is shown now — make your
          changes again.
        </Alert>
      )}
      {plan.interviews.map((interview, index) => {
        const edit = edits[index]!;
        return (
          <Paper
            key={interview.key}
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-label={interview.title}
            bg={edit.included ? undefined : 'gray.0'}
          >
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start">
                <Group gap="xs">
                  <Title order={3} fz="md" c={edit.included ? undefined : 'dimmed'}>
                    {edit.title || interview.title}
                  </Title>
                  {interview.optional && (
                    <Badge variant="light" color="gray">
                      Optional for this seniority
                    </Badge>
                  )}
                </Group>
                <Switch
                  label="Included"
                  checked={edit.included}
                  disabled={!canEdit}
                  onChange={(event) => update(index, { included: event.currentTarget.checked })}
                  aria-label={`Include the ${interview.title.toLowerCase()}`}
                />
              </Group>
              {canEdit ? (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <TextInput
                      label="Title"
                      value={edit.title}
                      onChange={(event) => update(index, { title: event.currentTarget.value })}
                      error={fieldErrors[`plan.interviews.${index}.title`]}
                      style={{ gridColumn: 'span 2' }}
                    />
                    <NumberInput
                      label="Minutes"
                      min={15}
                      max={240}
                      step={15}
                      value={edit.durationMinutes}
                      onChange={(value) =>
                        update(index, { durationMinutes: typeof value === 'number' ? value : 0 })
                      }
                      error={fieldErrors[`plan.interviews.${index}.durationMinutes`]}
                    />
                  </SimpleGrid>
                  <Textarea
                    label="What it is for"
                    autosize
                    minRows={2}
                    value={edit.purpose}
                    onChange={(event) => update(index, { purpose: event.currentTarget.value })}
                    error={fieldErrors[`plan.interviews.${index}.purpose`]}
                  />
                </>
              ) : (
                <>
                  <Text size="sm">{interview.durationMinutes} minutes</Text>
                  <Text size="sm">{interview.purpose}</Text>
                </>
              )}
              <Group gap={6}>
                <Text size="sm" fw={500}>
                  Rates:
                </Text>
                {interview.focus.map((id) => (
                  <Badge key={id} variant="light" tt="none">
                    {names.get(id) ?? id}
                  </Badge>
                ))}
              </Group>
              <Text size="sm" c="dimmed">
                Suggested interviewers:{' '}
                {interview.interviewerRoles.map((role) => roleLabels[role] ?? role).join(', ')}
              </Text>
            </Stack>
          </Paper>
        );
      })}
      {plan.focusGroups.length > 0 && (
        <Stack gap="xs">
          <Title order={3} fz="md">
            Focus areas from the must-haves
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {plan.focusGroups.map((group) => (
              <Paper key={group.id} withBorder radius="md" p="sm">
                <Text fw={600} size="sm">
                  {group.label}
                </Text>
                <Text size="sm">{group.attributes.map((id) => names.get(id) ?? id).join(', ')}</Text>
                {group.dropped.length > 0 && (
                  <Text size="xs" c="dimmed">
                    Left out to keep it focused: {group.dropped.map((entry) => entry.name).join(', ')}
                  </Text>
                )}
              </Paper>
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {plan.notes.length > 0 && (
        <Stack gap={4}>
          {plan.notes.map((note) => (
            <Text key={note} size="sm" c="dimmed">
              {note}
            </Text>
          ))}
        </Stack>
      )}
      {canEdit && (
        <Group
          justify="flex-end"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          <FormError
            error={save.error instanceof ApiError && save.error.status === 409 ? null : save.error}
          />
          <Button
            variant="default"
            disabled={!dirty || save.isPending}
            onClick={() => {
              setEdits(saved());
              save.reset();
            }}
          >
            Discard changes
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty}>
            Save the plan
          </Button>
        </Group>
      )}
    </Stack>
  );
}
