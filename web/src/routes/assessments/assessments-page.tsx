import { Button } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

export function AssessmentsPage() {
  return (
    <>
      <PageHeader
        title="Assessments"
        description="Practical exercises that show what a candidate can really do."
      />
      <EmptyState
        icon={<IconClipboardCheck aria-hidden />}
        badge="Coming in a later release"
        title="Test real work, not puzzles"
        description="You will send candidates a short practical exercise — build a small API, fix a broken endpoint, improve a database design — and get a graded report: does it work, is it well organised, are there tests. Nothing to set up yet; start with the checklist on Home."
      >
        <Button component={Link} to="/">
          Go to the Home checklist
        </Button>
      </EmptyState>
    </>
  );
}
