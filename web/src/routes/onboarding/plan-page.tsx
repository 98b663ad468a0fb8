import { Alert, Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type OnboardingItem, onboardingPlanQuery, type PlanDetail } from '../../api/onboarding';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useSession } from '../../layouts/session-context';
import { ChecklistItem, type PlanPeople } from './checklist-item';
import { GoalsSection } from './goals-section';
import { engagementLabels, formatDay, todayIso } from './onboarding-labels';
import { PlanPeopleCard } from './plan-people-card';
import { ReviewsSection } from './reviews-section';

const route = getRouteApi('/app/onboarding/$planId');

const hiringTeam = new Set(['admin', 'recruiter', 'hiring_manager']);

export function PlanPage() {
  const { planId } = route.useParams();
  const plan = useQuery(onboardingPlanQuery(planId));
  const { user } = useSession();

  return (
    <>
      <Anchor
        renderRoot={(props) => <Link {...props} to="/onboarding" />}
        size="sm"
        c="dimmed"
        display="inline-block"
        mb="xs"
      >
        ← Onboarding plans
      </Anchor>
      {plan.isPending && <LoadingState label="Loading the onboarding plan" />}
      {plan.isError && <ErrorState error={plan.error} onRetry={() => plan.refetch()} />}
      {plan.data && (
        <PlanView plan={plan.data} canManage={hiringTeam.has(user.role) || plan.data.managerId === user.id} />
      )}
    </>
  );
}

function PlanView({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const today = todayIso();
  const items = plan.phases.flatMap((phase) => phase.items);
  const people: PlanPeople = {
    nameOf: (id) => plan.people.find((person) => person.id === id)?.name ?? null,
    newHire: plan.candidate.name,
  };
  const done = items.filter((item) => item.doneAt).length;
  const overdue = items.filter((item) => !item.doneAt && item.dueDate < today).length;
  const trial = plan.engagement === 'paid_trial';

  return (
    <>
      <PageHeader
        title={`Onboarding: ${plan.candidate.name}`}
        description={
          <>
            {plan.job.title} · {engagementLabels[plan.engagement]} · first day {formatDay(plan.firstDay)}
            {plan.firstDay !== plan.startDate &&
              ` (the agreed ${formatDay(plan.startDate)} is not a workday)`}
          </>
        }
      />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder radius="md" p="lg" component="section" aria-label="Progress">
            <Title order={2} fz="lg" mb="sm">
              Progress
            </Title>
            <Progress
              value={items.length ? (done / items.length) * 100 : 0}
              size="lg"
              radius="xl"
              aria-label={`${done} of ${items.length} items done`}
            />
            <Group gap="md" mt="sm">
              <Text size="sm">
                <Text span fw={700}>
                  {done}
                </Text>{' '}
                of {items.length} items done
              </Text>
              {overdue > 0 ? (
                <Badge color="red" variant="light">
                  {overdue} overdue
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  Nothing overdue
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" mt="sm">
              Tick an item off when it is done. Each one has an owner; owners get a reminder e-mail the day
              before it is due and while it is overdue.
            </Text>
          </Paper>
          <PlanPeopleCard plan={plan} canManage={canManage} />
        </SimpleGrid>

        {plan.phases.map((phase) => {
          const tasks = phase.items.filter((item) => item.kind !== 'goal');
          if (tasks.length === 0) return null;
          return (
            <PhaseSection key={phase.phase} label={phase.label} items={tasks} people={people} today={today} />
          );
        })}

        <GoalsSection
          goals={items.filter((item) => item.kind === 'goal')}
          reviewDates={reviewDates(items)}
          trial={trial}
          people={people}
          today={today}
        />

        {trial ? (
          <Alert
            color="blue"
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
            title="A trial ends in a decision"
          >
            A paid trial has no 30/60/90-day reviews: at its end, record the decision (convert, extend or end)
            under Onboarding → Trials and contracts.
          </Alert>
        ) : (
          <ReviewsSection
            planId={plan.id}
            reviews={plan.reviews}
            reviewDates={reviewDates(items)}
            nameOf={people.nameOf}
            canRecord={canManage}
          />
        )}
      </Stack>
    </>
  );
}

/** The due date of each 30/60/90-day review item, by checkpoint. */
function reviewDates(items: OnboardingItem[]): Partial<Record<number, string>> {
  const dates: Partial<Record<number, string>> = {};
  for (const item of items) {
    if (item.kind === 'review' && item.checkpoint !== null) dates[item.checkpoint] = item.dueDate;
  }
  return dates;
}

function PhaseSection({
  label,
  items,
  people,
  today,
}: {
  label: string;
  items: OnboardingItem[];
  people: PlanPeople;
  today: string;
}) {
  const done = items.filter((item) => item.doneAt).length;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={label}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          {label}
        </Title>
        <Text size="sm" c="dimmed">
          {done} of {items.length} done
        </Text>
      </Group>
      <Stack gap="xs">
        {items.map((item) => (
          <ChecklistItem key={item.id} item={item} people={people} today={today} />
        ))}
      </Stack>
    </Paper>
  );
}
