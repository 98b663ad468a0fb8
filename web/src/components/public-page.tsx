import { Box, Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title';
import { Logo } from './logo';

type PublicPageProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Links under the card, e.g. "Forgot password?". */
  footer?: ReactNode;
};

/** The centred card used by every signed-out page (setup, login, invites, password reset). */
export function PublicPage({ title, description, children, footer }: PublicPageProps) {
  usePageTitle(title);
  return (
    <Box component="main" mih="100dvh" bg="gray.0" py={{ base: 'xl', sm: 64 }} px="md">
      <Container size={460} p={0}>
        <Center mb="xl">
          <Logo size={34} />
        </Center>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          <Title order={1} fz={24} mb={description ? 6 : 'lg'}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" mb="lg">
              {description}
            </Text>
          )}
          {children}
        </Paper>
        {footer && (
          <Stack gap={6} mt="lg" align="center">
            {footer}
          </Stack>
        )}
      </Container>
    </Box>
  );
}
