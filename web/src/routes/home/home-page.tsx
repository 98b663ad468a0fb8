import { Grid, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../../layouts/session-context';
import { usePageTitle } from '../../lib/use-page-title';
import { GetStartedCard } from './get-started-card';
import { TodayCard } from './today-card';

export function HomePage() {
  const { user, organisation } = useSession();
  usePageTitle('Home');
  const firstName = user.name.split(/\s+/)[0] ?? user.name;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={{ base: 26, sm: 30 }}>
          {greeting(new Date().getHours())}, {firstName}
        </Title>
        <Text c="dimmed">Here is where hiring at {organisation.name} stands today.</Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <GetStartedCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TodayCard />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}
