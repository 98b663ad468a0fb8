import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type EditorSectionProps = {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

/** One card of the blueprint form, a landmark named by its heading. */
export function EditorSection({ id, title, description, children }: EditorSectionProps) {
  return (
    <Card component="section" id={id} aria-labelledby={`${id}-title`} withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" id={`${id}-title`}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mt={2}>
          {description}
        </Text>
      )}
      <Stack gap="lg" mt="md">
        {children}
      </Stack>
    </Card>
  );
}
