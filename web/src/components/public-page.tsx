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
  /** The organisation the page speaks for (self-scheduling, references), shown above the title. */
  brand?: string;
  /** Card width; the default suits a short form. */
  width?: number;
};

/** The centred card used by every signed-out page (setup, login, invites, password reset). */
export function PublicPage({ title, description, children, footer, brand, width = 460 }: PublicPageProps) {
  usePageTitle(title);
  return (
    <Box component="main" mih="100dvh" bg="gray.0" py={{ base: 'xl', sm: 64 }} px="md">
      <Container size={width} p={0}>
        <Center mb="xl">
          <Logo size={34} />
        </Center>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          {brand && (
            <Text fw={700} c="indigo.8" size="sm" tt="uppercase" mb={4}>
              {brand}
            </Text>
          )}
          <Title order={1} fz={24} mb={description ? 6 : 'lg'}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" mb={children ? 'lg' : 0}>
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
