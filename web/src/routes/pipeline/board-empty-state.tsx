import { Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconLayoutKanban, IconUserPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { JobDetail } from '../../api/jobs';
import { EmptyState } from '../../components/empty-state';
import { CopyLinkButton } from '../roles/jobs/copy-link-button';

const careersStep: Record<JobDetail['status'], string> = {
  open: 'Share the careers page link where the people you want will see it.',
  draft: 'Publish the job first, then share its careers page link.',
  paused: 'Reopen the job to take applications again, then share its careers page link.',
  closed: 'Reopen the job to take applications again, then share its careers page link.',
};

/** The job has no applications at all: say how candidates arrive, and where to add one by hand. */
export function NoCandidatesYet({ job }: { job: JobDetail }) {
  const live = job.status === 'open';
  return (
    <EmptyState
      icon={<IconLayoutKanban aria-hidden />}
      title="No candidates on this job yet"
      description={`Candidates land in the first column when they apply on your careers page, or when you add someone you found yourself from the Candidates area. ${careersStep[job.status]}`}
    >
      <Stack gap="sm" align="center">
        {live && (
          <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {job.careersUrl}
          </Text>
        )}
        <Group gap="sm" justify="center">
          {live ? (
            <>
              <CopyLinkButton value={job.careersUrl} label="Copy careers page link" text="Copy link" />
              <Button
                component="a"
                href={job.careersUrl}
                target="_blank"
                rel="noreferrer"
                variant="default"
                rightSection={<IconExternalLink size={16} aria-hidden />}
              >
                Open careers page
              </Button>
            </>
          ) : (
            <Button
              renderRoot={(props) => <Link {...props} to="/roles/jobs/$jobId" params={{ jobId: job.id }} />}
              variant="default"
            >
              Go to the job page
            </Button>
          )}
          <Button
            renderRoot={(props) => <Link {...props} to="/candidates/new" search={{ mode: 'resume' }} />}
            leftSection={<IconUserPlus size={16} aria-hidden />}
          >
            Add a candidate
          </Button>
          <Button component={Link} to="/candidates" variant="subtle">
            Go to Candidates
          </Button>
        </Group>
      </Stack>
    </EmptyState>
  );
}
