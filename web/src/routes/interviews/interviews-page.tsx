import { Button } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

export function InterviewsPage() {
  return (
    <>
      <PageHeader title="Interviews" description="Your interviews, with a kit for each one." />
      <EmptyState
        icon={<IconMessages aria-hidden />}
        badge="Coming in a later release"
        title="Structured interviews, so you decide on evidence"
        description="Every interviewer will get a kit — what to ask and what a good answer sounds like — and a short scorecard to fill in right after. The debrief puts everyone's scores side by side. To be ready, invite the colleagues who will interview with you."
      >
        <Button component={Link} to="/settings/team">
          Invite interviewers
        </Button>
      </EmptyState>
    </>
  );
}
