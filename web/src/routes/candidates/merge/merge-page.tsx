import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { candidateQuery, mergeCandidates } from '../../../api/candidates';
import { FormError } from '../../../components/form-error';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { MergeOutcome } from './merge-outcome';
import { MergeSide } from './merge-side';

const route = getRouteApi('/app/candidates/$candidateId/merge/$otherId');

/** Two records of one person side by side; the current one is kept and the other folded into it. */
export function MergePage() {
  const { candidateId, otherId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const kept = useQuery(candidateQuery(candidateId));
  const other = useQuery(candidateQuery(otherId));
  const merge = useMutation({
    mutationFn: () => mergeCandidates(candidateId, otherId),
    onSuccess: async ({ candidate }) => {
      notifications.show({
        color: 'green',
        title: `Merged into ${candidate.name}`,
        message: 'The two profiles are now one. Both histories are on the timeline.',
      });
      await navigate({ to: '/candidates/$candidateId', params: { candidateId: candidate.id } });
      // Once this page is gone: the folded-in profile no longer exists, so refetching it would only fail.
      queryClient.removeQueries({ queryKey: ['candidates', otherId] });
      void queryClient.invalidateQueries({ queryKey: ['candidates'] });
    },
  });

  const back = (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/candidates/$candidateId" params={{ candidateId }} />}
      size="sm"
      c="dimmed"
    >
      ← Back to the profile
    </Anchor>
  );
  if (kept.isPending || other.isPending) return <LoadingState label="Loading both profiles" />;
  if (kept.isError || other.isError) {
    return (
      <>
        {back}
        <ErrorState
          error={kept.error ?? other.error}
          onRetry={() => void Promise.all([kept.refetch(), other.refetch()])}
        />
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeader
        title="Merge two profiles"
        description="Check that these are the same person. The profile marked Kept stays; the one marked Folded in becomes part of it."
        actions={
          <Button
            renderRoot={(props) => (
              <Link
                {...props}
                to="/candidates/$candidateId/merge/$otherId"
                params={{ candidateId: otherId, otherId: candidateId }}
              />
            )}
            variant="default"
            leftSection={<IconArrowsExchange size={18} aria-hidden />}
          >
            Keep the other one instead
          </Button>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MergeSide candidate={kept.data} outcome="kept" />
          <MergeSide candidate={other.data} outcome="merged" />
        </SimpleGrid>
        <MergeOutcome kept={kept.data} merged={other.data} />
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          A merge cannot be undone. Nothing is deleted: applications, notes, files and history of both move to{' '}
          {kept.data.name}’s profile, and the timeline records the merge.
        </Alert>
        <FormError error={merge.error} />
        <Group justify="flex-end">
          <Button
            renderRoot={(props) => <Link {...props} to="/candidates/$candidateId" params={{ candidateId }} />}
            variant="default"
          >
            Cancel
          </Button>
          <Button color="orange" loading={merge.isPending} onClick={() => merge.mutate()}>
            Merge into this candidate
          </Button>
        </Group>
        <Text size="xs" c="dimmed" ta="right">
          “This candidate” is {kept.data.name}, the profile you came from.
        </Text>
      </Stack>
    </>
  );
}
