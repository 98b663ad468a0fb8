import { Button } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';

export function RolesPage() {
  return (
    <>
      <PageHeader
        title="Roles"
        description="The engineers you want to hire, and the job postings for them."
      />
      <EmptyState
        icon={<IconBriefcase aria-hidden />}
        badge="Coming in a later release"
        title="Describe the engineer you need, then publish the job"
        description="Here you will write a role blueprint — your product's stage, your stack, the seniority and the five or six skills that truly matter. Hirebench will point out common mistakes, like asking for fifteen technologies or hiding the salary, and turn it into a job posting for your careers page. Until then, invite the people who will hire with you."
      >
        <Button component={Link} to="/settings/team">
          Invite your team
        </Button>
      </EmptyState>
    </>
  );
}
