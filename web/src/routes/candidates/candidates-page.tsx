import { Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { candidatePageSize, candidateSearchQuery } from '../../api/candidates';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { TablePagination } from '../../components/table-pagination';
import type { PoolSearch } from './candidate-routes-search';
import { AddCandidateMenu } from './pool/add-candidate-menu';
import { CandidateResults } from './pool/candidate-results';
import { EmptyPool, NoMatches } from './pool/pool-empty-states';
import { PoolFilters } from './pool/pool-filters';
import { PoolSearchBox } from './pool/pool-search-box';
import { useCanManageCandidates } from './use-can-manage-candidates';

const route = getRouteApi('/app/candidates');

export function CandidatesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canAdd = useCanManageCandidates();
  const results = useQuery(candidateSearchQuery(search));
  const { q, page = 1, ...filters } = search;
  const searching = Boolean(q || Object.values(filters).some(Boolean));
  // A new organisation sees where candidates come from, not an empty search.
  const emptyPool = results.data?.total === 0 && !searching;

  // Any new query or filter starts again from the first page.
  const update = (changes: Partial<PoolSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes, page: undefined }), replace: true });

  return (
    <>
      <PageHeader
        title="Candidates"
        description="Everyone who applied or whom you found, in one place."
        actions={canAdd && <AddCandidateMenu />}
      />
      {emptyPool ? (
        <EmptyPool canAdd={canAdd} />
      ) : (
        <Stack gap="md">
          <PoolSearchBox value={q ?? ''} onSearch={(value) => update({ q: value.trim() || undefined })} />
          <PoolFilters filters={filters} onChange={update} />
          {results.isPending && <LoadingState label="Searching candidates" />}
          {results.isError && <ErrorState error={results.error} onRetry={() => results.refetch()} />}
          {results.data && (
            <>
              <Group justify="space-between" gap="xs" aria-live="polite">
                <Text size="sm" c="dimmed">
                  {describeTotal(results.data.total, searching)}
                </Text>
                {results.isFetching && <Loader size="xs" aria-label="Updating results" />}
              </Group>
              {results.data.total === 0 ? (
                <NoMatches onClear={() => void navigate({ search: {}, replace: true })} />
              ) : (
                <>
                  <CandidateResults items={results.data.items} />
                  <TablePagination
                    page={page}
                    pageSize={candidatePageSize}
                    total={results.data.total}
                    onChange={(next) =>
                      void navigate({
                        search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }),
                      })
                    }
                  />
                </>
              )}
            </>
          )}
        </Stack>
      )}
    </>
  );
}

function describeTotal(total: number, searching: boolean): string {
  const people = `${total.toLocaleString()} ${total === 1 ? 'candidate' : 'candidates'}`;
  if (!searching) return `${people} in your pool`;
  return `${people} ${total === 1 ? 'matches' : 'match'}`;
}
