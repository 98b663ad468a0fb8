import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type PlanSectionProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

export function PlanSection({ title, description, children }: PlanSectionProps) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <div>
          <Title order={3} fz="lg">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}
