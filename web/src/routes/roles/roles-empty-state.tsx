import { Button } from '@mantine/core';
import { IconBriefcase, IconTemplate } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';

/** A new organisation's first visit: what a blueprint is, and the quickest way to write one. */
export function RolesEmptyState({ canEdit }: { canEdit: boolean }) {
  return (
    <EmptyState
      icon={<IconBriefcase aria-hidden />}
      title="Describe the engineer you need"
      description="A blueprint says who you want to hire: your product's stage, your stack, the seniority and the five or six skills that truly matter. Hirebench checks it for common mistakes and turns it into a job posting for your careers page."
    >
      {canEdit ? (
        <Button component={Link} to="/roles/new" leftSection={<IconTemplate size={18} aria-hidden />}>
          Start from a template
        </Button>
      ) : (
        <Button component={Link} to="/settings/team" variant="default">
          See who can create roles
        </Button>
      )}
    </EmptyState>
  );
}
