import { Anchor, Group, Progress, SegmentedControl, Table, Tabs, Text } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { onboardingPlansQuery, type PlanSummary } from '../../api/onboarding';
import { usersQuery } from '../../api/team';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useSession } from '../../layouts/session-context';
import { EngagementsSection } from './engagements-section';
import { engagementLabels, formatDay } from './onboarding-labels';
import type { OnboardingTab } from './onboarding-search';

const route = getRouteApi('/app/onboarding');

const hiringTeam = new Set(['admin', 'recruiter', 'hiring_manager']);

export function OnboardingPage() {
  const { tab = 'plans' } = route.useSearch();
  const navigate = useNavigate();
  const role = useSession().user.role;
  const isTeam = hiringTeam.has(role);

  return (
    <>
      <PageHeader
        title="Onboarding"
        description="Every accepted offer gets a plan: what must be ready before day one, the first weeks, and measurable 30/60/90-day goals, with an owner and a date for each item."
      />
      {isTeam ? (
        <Tabs
          value={tab}
          onChange={(value) =>
            void navigate({ to: '/onboarding', search: value === 'engagements' ? { tab: value } : {} })
          }
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            <Tabs.Tab value={'plans' satisfies OnboardingTab}>Onboarding plans</Tabs.Tab>
            <Tabs.Tab value={'engagements' satisfies OnboardingTab}>Trials and contracts</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="plans">
            <PlansSection canSeeAll />
          </Tabs.Panel>
          <Tabs.Panel value="engagements">
            <EngagementsSection />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <PlansSection canSeeAll={false} />
      )}
    </>
  );
}

function PlansSection({ canSeeAll }: { canSeeAll: boolean }) {
  const [scope, setScope] = useState<'all' | 'mine'>('all');
  const plans = useQuery(onboardingPlansQuery(!canSeeAll || scope === 'mine'));
  const team = useQuery(usersQuery);
  const nameOf = (id: string | null) => team.data?.find((user) => user.id === id)?.name ?? null;

  return (
    <>
      {canSeeAll && (
        <Group justify="flex-end" mb="md">
          <SegmentedControl
            aria-label="Whose plans"
            value={scope}
            onChange={(value) => setScope(value as 'all' | 'mine')}
            data={[
              { value: 'all', label: 'All plans' },
              { value: 'mine', label: 'I manage or buddy' },
            ]}
          />
        </Group>
      )}
      {plans.isPending && <LoadingState label="Loading the onboarding plans" />}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => plans.refetch()} />}
      {plans.data?.length === 0 && (
        <EmptyState
          icon={<IconRocket aria-hidden />}
          title={canSeeAll && scope === 'all' ? 'No onboarding plans yet' : 'No plans for you yet'}
          description={
            canSeeAll && scope === 'all'
              ? 'A plan is created the moment a candidate accepts an offer. Make an offer from a candidate in the Offer stage, under Offers & onboarding.'
              : 'When you are named the manager or the buddy of a new hire, their plan shows up here.'
          }
        />
      )}
      {plans.data && plans.data.length > 0 && <PlansTable plans={plans.data} nameOf={nameOf} />}
    </>
  );
}

function PlansTable({
  plans,
  nameOf,
}: {
  plans: PlanSummary[];
  nameOf: (id: string | null) => string | null;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder verticalSpacing="sm" aria-label="Onboarding plans">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>New hire</Table.Th>
            <Table.Th>Start date</Table.Th>
            <Table.Th>Manager</Table.Th>
            <Table.Th>Buddy</Table.Th>
            <Table.Th w={150}>Progress</Table.Th>
            <Table.Th>Next due</Table.Th>
            <Table.Th>Overdue</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => {
            const { done, total } = plan.progress;
            return (
              <Table.Tr key={plan.id}>
                <Table.Td>
                  <Anchor
                    fw={600}
                    size="sm"
                    renderRoot={(props) => (
                      <Link {...props} to="/onboarding/$planId" params={{ planId: plan.id }} />
                    )}
                  >
                    {plan.candidateName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {plan.jobTitle} · {engagementLabels[plan.engagement]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDay(plan.firstDay)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{nameOf(plan.managerId) ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  {plan.buddyId ? (
                    <Text size="sm">{nameOf(plan.buddyId) ?? '—'}</Text>
                  ) : (
                    <Text size="sm" c="orange.8" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      Not named yet
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Progress
                    value={total ? (done / total) * 100 : 0}
                    radius="xl"
                    aria-label={`${done} of ${total} items done`}
                  />
                  <Text size="xs" c="dimmed" mt={4}>
                    {done} of {total} done
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {plan.nextDue ? formatDay(plan.nextDue) : 'All done'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {plan.overdue > 0 ? (
                    <Text size="sm" c="red.8" fw={700} aria-label={`${plan.overdue} overdue`}>
                      {plan.overdue}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
