import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { jobsQuery } from '../../api/jobs';
import { blueprintsQuery } from '../../api/roles';
import { PageHeader } from '../../components/page-header';
import { LoadingState } from '../../components/query-states';
import { BlueprintsSection } from './blueprints-section';
import { useCanEditRoles } from './can-edit-roles';
import { JobsSection } from './jobs-section';
import { RolesEmptyState } from './roles-empty-state';

export function RolesPage() {
  const canEdit = useCanEditRoles();
  const navigate = useNavigate();
  const activeBlueprints = useQuery(blueprintsQuery(false));
  const jobs = useQuery(jobsQuery());
  const brandNew = activeBlueprints.data?.length === 0 && jobs.data?.length === 0;

  return (
    <>
      <PageHeader
        title="Roles"
        description="The engineers you want to hire, and the job postings for them."
        actions={
          canEdit && (
            <Button
              onClick={() => void navigate({ to: '/roles/new' })}
              leftSection={<IconPlus size={18} aria-hidden />}
            >
              New blueprint
            </Button>
          )
        }
      />
      {activeBlueprints.isPending || jobs.isPending ? (
        <LoadingState label="Loading roles" />
      ) : brandNew ? (
        <RolesEmptyState canEdit={canEdit} />
      ) : (
        <Stack gap="xl">
          <BlueprintsSection canEdit={canEdit} />
          <JobsSection jobs={jobs} />
        </Stack>
      )}
    </>
  );
}
