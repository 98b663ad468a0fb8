import { Badge, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconCheck, IconDatabase, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/client';
import { blueprintsQuery } from '../../api/roles';
import { invitesQuery, loadDemoData, usersQuery } from '../../api/team';
import { useIsAdmin } from '../../layouts/session-context';
import { useCanEditRoles } from '../roles/can-edit-roles';

type StepState = 'todo' | 'started' | 'done';

export function GetStartedCard() {
  const isAdmin = useIsAdmin();
  const users = useQuery(usersQuery);
  // Only admins may list invitations; for everyone else the team list alone decides.
  const invites = useQuery({ ...invitesQuery, enabled: isAdmin });
  const teamState: StepState =
    (users.data?.length ?? 0) > 1
      ? 'done'
      : invites.data?.some((i) => i.status === 'pending')
        ? 'started'
        : 'todo';

  const canEditRoles = useCanEditRoles();
  const blueprints = useQuery(blueprintsQuery(false));
  const roleState: StepState = (blueprints.data?.length ?? 0) > 0 ? 'done' : 'todo';

  const demo = useMutation({
    mutationFn: loadDemoData,
    onSuccess: () =>
      notifications.show({
        color: 'indigo',
        title: 'Loading demo data',
        message:
          'This runs in the background and can take a minute; keep working meanwhile. Progress is under Settings → Background jobs.',
        autoClose: 8_000,
      }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Demo data could not be loaded',
        message: errorMessage(error),
      }),
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg">
        Get started
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Three steps to get your organisation ready to hire.
      </Text>
      <Stack component="ol" gap="lg" p={0} m={0} style={{ listStyle: 'none' }}>
        <ChecklistItem
          icon={<IconUserPlus size={20} aria-hidden />}
          state={teamState}
          title="Invite your team"
          description="Add the recruiters, hiring managers and interviewers who hire with you. Each gets an e-mail with a link to join."
        >
          <Button
            component={Link}
            to="/settings/team"
            size="xs"
            variant={teamState === 'todo' && isAdmin ? 'filled' : 'default'}
          >
            {isAdmin ? 'Invite your team' : 'See your team'}
          </Button>
        </ChecklistItem>
        <ChecklistItem
          icon={<IconDatabase size={20} aria-hidden />}
          state={demo.isSuccess ? 'started' : 'todo'}
          title="Load demo data"
          description="See Hirebench filled with realistic roles, candidates and interviews before you add your own."
        >
          {isAdmin ? (
            <Button
              size="xs"
              variant="light"
              loading={demo.isPending}
              disabled={demo.isSuccess}
              onClick={() => demo.mutate()}
            >
              Load demo data
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              An admin can do this.
            </Text>
          )}
        </ChecklistItem>
        <ChecklistItem
          icon={<IconBriefcase size={20} aria-hidden />}
          state={roleState}
          title="Define your first role"
          description="Describe the engineer you need; Hirebench turns it into a job posting with a fair salary range."
        >
          {roleState === 'done' || !canEditRoles ? (
            <Button component={Link} to="/roles" size="xs" variant="default">
              See your roles
            </Button>
          ) : (
            <Button component={Link} to="/roles/new" size="xs">
              Define a role
            </Button>
          )}
        </ChecklistItem>
      </Stack>
    </Card>
  );
}

const stateBadges: Record<Exclude<StepState, 'todo'>, { label: string; color: string }> = {
  started: { label: 'Started', color: 'indigo' },
  done: { label: 'Done', color: 'green' },
};

type ChecklistItemProps = {
  icon: ReactNode;
  state: StepState;
  title: string;
  description: string;
  children: ReactNode;
};

function ChecklistItem({ icon, state, title, description, children }: ChecklistItemProps) {
  const done = state === 'done';
  const badge = state === 'todo' ? null : stateBadges[state];
  return (
    <Group component="li" wrap="nowrap" align="flex-start" gap="md">
      <ThemeIcon variant={done ? 'filled' : 'light'} color={done ? 'green' : undefined} size={38} radius="xl">
        {done ? <IconCheck size={20} aria-hidden /> : icon}
      </ThemeIcon>
      <Stack gap={6} align="flex-start" style={{ flex: 1 }}>
        <div>
          <Group gap="xs">
            <Text fw={600}>{title}</Text>
            {badge && (
              <Badge color={badge.color} variant="light" size="sm">
                {badge.label}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Group>
  );
}
