import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type PlanDetail, updateOnboardingPlan } from '../../api/onboarding';
import { usersQuery } from '../../api/team';
import { FormError } from '../../components/form-error';

type PlanPeopleCardProps = { plan: PlanDetail; canManage: boolean };

/** The manager and the buddy who run the plan; their items follow them when they change. */
export function PlanPeopleCard({ plan, canManage }: PlanPeopleCardProps) {
  const queryClient = useQueryClient();
  // Fresh on every visit: someone who joined the team a minute ago can be the buddy.
  const team = useQuery({ ...usersQuery, enabled: canManage, staleTime: 0 });
  const nameOf = (id: string | null) => plan.people.find((person) => person.id === id)?.name ?? null;
  const change = useMutation({
    mutationFn: (patch: { managerId?: string; buddyId?: string | null }) =>
      updateOnboardingPlan(plan.id, patch),
    onSuccess: async (_result, patch) => {
      await queryClient.invalidateQueries({ queryKey: ['onboarding-plans'] });
      const who = (id: string | null | undefined) =>
        team.data?.find((user) => user.id === id)?.name ?? 'nobody';
      notifications.show({
        color: 'green',
        message:
          patch.managerId !== undefined
            ? `${who(patch.managerId)} now manages the plan and owns the manager’s items.`
            : patch.buddyId
              ? `${who(patch.buddyId)} is the buddy now and owns the buddy’s items.`
              : 'The plan has no buddy for now.',
      });
    },
  });
  const options = (team.data ?? [])
    .filter((user) => user.active)
    .map((user) => ({ value: user.id, label: user.name }));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Who runs the plan">
      <Title order={2} fz="lg" mb="sm">
        Who runs the plan
      </Title>
      {canManage ? (
        <Stack gap="sm">
          <Select
            label="Manager"
            description="Owns the welcome, the check-ins and the 30/60/90-day reviews."
            placeholder="Pick the manager"
            data={options}
            value={plan.managerId}
            onChange={(value) => value && value !== plan.managerId && change.mutate({ managerId: value })}
            searchable
            disabled={team.isPending || change.isPending}
          />
          <Select
            label="Buddy"
            description="The first person to ask about the code, the tools and the team."
            placeholder="Name a buddy"
            data={options}
            value={plan.buddyId}
            onChange={(value) => value !== plan.buddyId && change.mutate({ buddyId: value })}
            searchable
            clearable
            disabled={team.isPending || change.isPending}
          />
          <FormError error={change.error ?? team.error} />
        </Stack>
      ) : (
        <Stack gap={4}>
          <Text size="sm">
            <Text span fw={600}>
              Manager:
            </Text>{' '}
            {nameOf(plan.managerId) ?? 'not named yet'}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Buddy:
            </Text>{' '}
            {nameOf(plan.buddyId) ?? 'not named yet'}
          </Text>
          <Text size="sm" c="dimmed" mt="xs">
            Only the manager and the hiring team can change who runs the plan.
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
