import type { JobStatus } from '../../../api/jobs';

export const jobStatusBadges: Record<JobStatus, { label: string; color: string; meaning: string }> = {
  draft: { label: 'Draft', color: 'gray', meaning: 'Not published yet: only your team can see it.' },
  open: {
    label: 'Open',
    color: 'green',
    meaning: 'On your careers page and in the job feeds; candidates can apply.',
  },
  paused: {
    label: 'Paused',
    color: 'yellow',
    meaning: 'Hidden from the careers page for now; nobody new can apply.',
  },
  closed: { label: 'Closed', color: 'red', meaning: 'Taken down; candidates can no longer apply.' },
};
