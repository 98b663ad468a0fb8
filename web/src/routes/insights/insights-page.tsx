import { Button } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

export function InsightsPage() {
  return (
    <>
      <PageHeader title="Insights" description="The numbers behind your hiring." />
      <EmptyState
        icon={<IconChartBar aria-hidden />}
        badge="Coming in a later release"
        title="See how fast and how well you hire"
        description="Time to hire, how many candidates make it past each stage, which sources bring the best people, cost per hire and how busy your interviewers are — next to market benchmarks (a mid-level backend hire usually takes 35 to 45 days). The numbers fill in as you hire; load the demo data from Home to preview them."
      >
        <Button component={Link} to="/">
          Go to the Home checklist
        </Button>
      </EmptyState>
    </>
  );
}
