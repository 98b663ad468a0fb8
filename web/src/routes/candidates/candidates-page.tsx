import { Button } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

export function CandidatesPage() {
  return (
    <>
      <PageHeader title="Candidates" description="Everyone who applied or whom you found, in one place." />
      <EmptyState
        icon={<IconUsers aria-hidden />}
        badge="Coming in a later release"
        title="Your candidates will gather here"
        description="Each candidate will have a profile with a timeline of everything that happened, and every job gets a board that shows who is at which stage. Candidates arrive once you publish a role; to see how it will look, load the demo data from Home."
      >
        <Button component={Link} to="/">
          Go to the Home checklist
        </Button>
      </EmptyState>
    </>
  );
}
