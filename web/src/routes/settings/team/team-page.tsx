import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { PageHeader } from '../../../components/page-header';
import { useIsAdmin } from '../../../layouts/session-context';
import { InviteModal } from './invite-modal';
import { InvitesTable } from './invites-table';
import { UsersTable } from './users-table';

export function TeamPage() {
  const isAdmin = useIsAdmin();
  const [inviteOpened, invite] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title="Team"
        description="The people in your organisation and what each of them can do in Hirebench."
        actions={
          isAdmin && (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={invite.open}>
              Invite teammate
            </Button>
          )
        }
      />
      <Stack gap="xl">
        {!isAdmin && (
          <Text size="sm" c="dimmed">
            Only admins can invite people or change roles. Ask an admin if something here needs to change.
          </Text>
        )}
        <UsersTable />
        {isAdmin && <InvitesTable onInvite={invite.open} />}
      </Stack>
      {isAdmin && <InviteModal opened={inviteOpened} onClose={invite.close} />}
    </>
  );
}
