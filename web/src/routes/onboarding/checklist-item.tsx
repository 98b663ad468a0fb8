import { Badge, Box, Checkbox, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { markOnboardingItem, type OnboardingItem } from '../../api/onboarding';
import { formatDate } from '../../lib/format';
import { formatDay, ownerRoleLabels } from './onboarding-labels';

export type PlanPeople = {
  /** A team member's name by id, when the plan names them. */
  nameOf: (id: string | null) => string | null;
  newHire: string;
};

/** Who owns an item, in words: a named person, or the role when nobody is named yet. */
export function ownerName(item: OnboardingItem, people: PlanPeople): string {
  if (item.ownerRole === 'new_hire') return `${people.newHire} (new hire)`;
  const name = people.nameOf(item.ownerId);
  if (name) return `${name} (${ownerRoleLabels[item.ownerRole].toLowerCase()})`;
  return item.ownerRole === 'it' ? 'IT' : `${ownerRoleLabels[item.ownerRole]} — nobody named yet`;
}

type ChecklistItemProps = { item: OnboardingItem; people: PlanPeople; today: string };

/** One line of the checklist: tick it off (or undo), with its owner, due date and, for goals, the measure. */
export function ChecklistItem({ item, people, today }: ChecklistItemProps) {
  const queryClient = useQueryClient();
  // Shows the tick at once; the plan refreshes from the server once the change is saved.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const mark = useMutation({
    mutationFn: (done: boolean) => markOnboardingItem(item.id, done),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['onboarding-plans'] }),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The item did not change', message: errorMessage(error) }),
    onSettled: () => setTicking(null),
  });
  const done = ticking ?? item.doneAt !== null;
  const overdue = !done && item.dueDate < today;
  const dueToday = !done && item.dueDate === today;

  return (
    <Box
      p="sm"
      bg={overdue ? 'red.0' : undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        borderLeft: `4px solid var(--mantine-color-${overdue ? 'red-6' : done ? 'teal-5' : 'gray-3'})`,
      }}
      data-overdue={overdue || undefined}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Checkbox
          mt={2}
          checked={done}
          disabled={mark.isPending}
          onChange={(event) => {
            setTicking(event.currentTarget.checked);
            mark.mutate(event.currentTarget.checked);
          }}
          aria-label={item.title}
        />
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Text fw={500} c={done ? 'dimmed' : undefined} td={done ? 'line-through' : undefined}>
            {item.title}
          </Text>
          <Text size="sm" c="dimmed">
            {item.description}
          </Text>
          {item.measure && (
            <Text size="sm" mt={4}>
              <Text span fw={600}>
                How it is measured:
              </Text>{' '}
              {item.measure}
            </Text>
          )}
          <Group gap="xs" mt={6}>
            <Badge variant="light" color="gray" tt="none" fw={500}>
              {ownerName(item, people)}
            </Badge>
            <Text size="xs" c={overdue ? 'red.8' : 'dimmed'} fw={overdue ? 600 : undefined}>
              Due {formatDay(item.dueDate)}
            </Text>
            {overdue && (
              <Badge color="red" size="sm">
                Overdue
              </Badge>
            )}
            {dueToday && (
              <Badge color="yellow" size="sm" variant="light">
                Due today
              </Badge>
            )}
            {item.doneAt && (
              <Text size="xs" c="teal.8">
                Done{people.nameOf(item.doneBy) ? ` by ${people.nameOf(item.doneBy)}` : ''} on{' '}
                {formatDate(item.doneAt!)}
              </Text>
            )}
          </Group>
        </Box>
      </Group>
    </Box>
  );
}
