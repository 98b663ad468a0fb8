import { Button } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

export function OffersPage() {
  return (
    <>
      <PageHeader title="Offers & onboarding" description="From the offer to a new hire's first 90 days." />
      <EmptyState
        icon={<IconHeartHandshake aria-hidden />}
        badge="Coming in a later release"
        title="Make the offer quickly, then plan day one"
        description="You will draft offers (salary, equity, benefits), get them approved fast — strong candidates hold several offers — and plan the first two weeks and the 30/60/90-day goals before the new hire starts. Until then, make sure whoever approves offers is on your team."
      >
        <Button component={Link} to="/settings/team">
          Invite your team
        </Button>
      </EmptyState>
    </>
  );
}
