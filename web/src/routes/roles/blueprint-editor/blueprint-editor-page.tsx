import { Button } from '@mantine/core';
import { IconFileUnknown } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ApiError } from '../../../api/client';
import { blueprintQuery } from '../../../api/roles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { BlueprintEditor } from './blueprint-editor';

export function BlueprintEditorPage() {
  const { blueprintId } = useParams({ from: '/app/roles/blueprints/$blueprintId' });
  const blueprint = useQuery(blueprintQuery(blueprintId));

  if (blueprint.isPending) return <LoadingState label="Loading the blueprint" />;
  if (blueprint.isError) {
    if (blueprint.error instanceof ApiError && blueprint.error.status === 404) {
      return (
        <EmptyState
          icon={<IconFileUnknown aria-hidden />}
          title="This blueprint does not exist"
          description="It may have been mistyped in the link, or it belongs to another organisation. Your blueprints are listed under Roles."
        >
          <Button component={Link} to="/roles">
            Go to Roles
          </Button>
        </EmptyState>
      );
    }
    return <ErrorState error={blueprint.error} onRetry={() => blueprint.refetch()} />;
  }
  // A new key per blueprint: moving to a copy starts a fresh draft.
  return <BlueprintEditor key={blueprint.data.id} detail={blueprint.data} />;
}
