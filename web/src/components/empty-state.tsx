import { Badge, EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

type EmptyStateProps = {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  /** A short tag above the title, e.g. "Coming in a later release". */
  badge?: string;
  /** The next step: buttons or links. */
  children?: ReactNode;
};

/** The one empty state: says what the area is for and what to do next. */
export function EmptyState({ icon, title, description, badge, children }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" py={{ base: 'xl', sm: 48 }} px={{ base: 'md', sm: 'xl' }}>
      <MantineEmptyState icon={icon} variant="light" maw={560} mx="auto">
        {badge && (
          <Badge variant="light" color="gray" mx="auto">
            {badge}
          </Badge>
        )}
        <MantineEmptyState.Title order={2}>{title}</MantineEmptyState.Title>
        <MantineEmptyState.Description>{description}</MantineEmptyState.Description>
        {children && <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions>}
      </MantineEmptyState>
    </Paper>
  );
}
