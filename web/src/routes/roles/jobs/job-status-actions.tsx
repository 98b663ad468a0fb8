import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconExternalLink } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { changeJobStatus, type JobDetail, type JobStatus, jobQuery } from '../../../api/jobs';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormError } from '../../../components/form-error';
import { useJobMutation } from './use-job-mutation';

const doneMessages: Record<JobStatus, string> = {
  open: 'The job is live on your careers page and in the job feeds.',
  paused: 'The job is paused: it is hidden from the careers page until you reopen it.',
  closed: 'The job is closed. Candidates can no longer apply.',
  draft: 'The job is a draft again.',
};

/** Publishing, pausing, closing and reopening; what each status allows is decided by the server. */
export function useJobStatusChange(job: JobDetail) {
  const queryClient = useQueryClient();
  const change = useJobMutation(
    (status: JobStatus) => changeJobStatus(job.id, status),
    (_job, status) => notifications.show({ color: 'green', message: doneMessages[status] }),
  );
  return {
    ...change,
    mutate: (status: JobStatus, onSuccess?: () => void) =>
      change.mutate(status, {
        onSuccess,
        // A refusal means the page's copy of the job is out of date (e.g. edited in another tab).
        onError: () =>
          void queryClient.invalidateQueries({ queryKey: jobQuery(job.id).queryKey, exact: true }),
      }),
  };
}

type StatusChange = ReturnType<typeof useJobStatusChange>;

type JobStatusActionsProps = { job: JobDetail; canEdit: boolean; change: StatusChange };

/** The status buttons for the page header. */
export function JobStatusActions({ job, canEdit, change }: JobStatusActionsProps) {
  const [closeOpened, closeConfirm] = useDisclosure(false);
  const blocked = job.findings.some((finding) => finding.severity === 'error');
  const pendingStatus = change.isPending ? change.variables : undefined;
  const openButton = (label: string) => (
    <Button
      onClick={() => change.mutate('open')}
      loading={pendingStatus === 'open'}
      disabled={!canEdit || blocked}
    >
      {label}
    </Button>
  );

  return (
    <>
      <Group gap="sm">
        {/* Only open jobs are on the careers page; other links would land on "not found". */}
        {job.status === 'open' && (
          <Button
            component="a"
            href={job.careersUrl}
            target="_blank"
            rel="noreferrer"
            variant="default"
            rightSection={<IconExternalLink size={16} aria-hidden />}
          >
            View careers page
          </Button>
        )}
        {job.status === 'draft' && openButton('Publish')}
        {job.status === 'open' && (
          <Button
            variant="default"
            onClick={() => change.mutate('paused')}
            loading={pendingStatus === 'paused'}
            disabled={!canEdit}
          >
            Pause
          </Button>
        )}
        {(job.status === 'paused' || job.status === 'closed') && openButton('Reopen')}
        {(job.status === 'open' || job.status === 'paused') && (
          <Button
            variant="light"
            color="red"
            onClick={() => {
              change.reset();
              closeConfirm.open();
            }}
            disabled={!canEdit}
          >
            Close job
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={closeOpened}
        title="Close this job?"
        confirmLabel="Close the job"
        destructive
        pending={pendingStatus === 'closed'}
        error={change.variables === 'closed' ? change.error : null}
        onConfirm={() => change.mutate('closed', closeConfirm.close)}
        onClose={closeConfirm.close}
      >
        The posting leaves your careers page and the job feeds, and nobody new can apply. The candidates who
        already applied stay here. You can reopen the job later.
      </ConfirmModal>
    </>
  );
}

/** A refused publish lists what the server found; anything else is one plain message. */
export function StatusChangeError({ change }: { change: StatusChange }) {
  const { error } = change;
  // Closing reports its errors inside its confirmation dialog.
  if (!error || change.variables === 'closed') return null;
  if (!(error instanceof ApiError) || error.details.length === 0) return <FormError error={error} />;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={error.message}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {error.details.map((detail) => (
          <List.Item key={`${detail.path}-${detail.message}`}>{detail.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Why Publish (or Reopen) is switched off: the advisor's errors, in plain words. */
export function PublishBlockers({ job }: { job: JobDetail }) {
  const errors = job.findings.filter((finding) => finding.severity === 'error');
  if (job.status === 'open' || errors.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={`Fix ${errors.length === 1 ? 'this' : 'these'} before you publish`}
    >
      <List size="sm" spacing={6}>
        {errors.map((finding) => (
          <List.Item key={`${finding.code}-${finding.path ?? ''}`}>
            {finding.message}{' '}
            <Text span size="sm" c="dimmed">
              {finding.suggestion}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
