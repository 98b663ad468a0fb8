import { Paper, Stack, Text, Title } from '@mantine/core';
import type { OnboardingItem } from '../../api/onboarding';
import { ChecklistItem, type PlanPeople } from './checklist-item';
import { formatDay } from './onboarding-labels';

type GoalsSectionProps = {
  goals: OnboardingItem[];
  /** The 30/60/90-day review dates, by checkpoint. */
  reviewDates: Partial<Record<number, string>>;
  trial: boolean;
  people: PlanPeople;
  today: string;
};

/** The measurable goals, by the review that checks them; a trial's goals are its written success criteria. */
export function GoalsSection({ goals, reviewDates, trial, people, today }: GoalsSectionProps) {
  const title = trial ? 'Trial goals' : '30/60/90-day goals';
  const groups = trial
    ? [{ key: 'trial', heading: 'Judged at the trial review', items: goals }]
    : [30, 60, 90].map((checkpoint) => ({
        key: String(checkpoint),
        heading: `By day ${checkpoint}${reviewDates[checkpoint] ? ` — checked at the review on ${formatDay(reviewDates[checkpoint])}` : ''}`,
        items: goals.filter((goal) => goal.checkpoint === checkpoint),
      }));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="goals-title">
      <Title order={2} fz="lg" id="goals-title">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {trial
          ? 'The written success criteria from the offer. Go through each one with the evidence at the end of the trial.'
          : 'Drawn from the role’s blueprint. Each goal says how it is measured, so the review is about evidence, not impressions.'}
      </Text>
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          This plan has no goals.
        </Text>
      ) : (
        <Stack gap="lg">
          {groups
            .filter((group) => group.items.length > 0)
            .map((group) => (
              <Stack key={group.key} gap="xs">
                <Title order={3} fz="md">
                  {group.heading}
                </Title>
                {group.items.map((goal) => (
                  <ChecklistItem key={goal.id} item={goal} people={people} today={today} />
                ))}
              </Stack>
            ))}
        </Stack>
      )}
    </Paper>
  );
}
