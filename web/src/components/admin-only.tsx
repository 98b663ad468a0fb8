import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useIsAdmin } from '../layouts/session-context';
import { EmptyState } from './empty-state';

/** Admin-only pages explain themselves to everyone else instead of failing with "forbidden". */
export function AdminOnly({ children }: { children: ReactNode }) {
  if (useIsAdmin()) return children;
  return (
    <EmptyState
      icon={<IconLock aria-hidden />}
      title="Only admins can open this page"
      description="It shows how Hirebench runs behind the scenes. If you need something from here, ask an admin in your organisation."
    >
      <Button component={Link} to="/settings/team" variant="default">
        See who the admins are
      </Button>
    </EmptyState>
  );
}
