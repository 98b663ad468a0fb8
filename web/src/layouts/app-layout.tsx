import { AppShell, Burger, Container, Divider, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, Outlet } from '@tanstack/react-router';
import { sessionQuery } from '../api/session';
import { Logo } from '../components/logo';
import { AppNavigation } from './app-navigation';
import { SessionContext } from './session-context';
import { UserMenu } from './user-menu';

/** The signed-in frame: header, left navigation (a drawer behind the burger on phones) and the page. */
export function AppLayout() {
  const { data: session } = useQuery(sessionQuery);
  const [navOpened, nav] = useDisclosure(false);

  // The route guard loaded the session; it becomes null on logout or when the session expires.
  if (!session) return <Navigate to="/login" />;

  return (
    <SessionContext.Provider value={session}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', sm: 'xl' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
                aria-expanded={navOpened}
              />
              <UnstyledButton component={Link} to="/" aria-label="Hirebench">
                <Logo />
              </UnstyledButton>
              <Divider orientation="vertical" my="md" visibleFrom="xs" />
              <Text fw={500} c="dimmed" truncate visibleFrom="xs">
                {session.organisation.name}
              </Text>
            </Group>
            <UserMenu />
          </Group>
        </AppShell.Header>

        <AppShell.Navbar aria-label="Main navigation">
          <AppNavigation onNavigate={nav.close} />
        </AppShell.Navbar>

        <AppShell.Main bg="gray.0">
          <Container size="lg" p={0}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </SessionContext.Provider>
  );
}
