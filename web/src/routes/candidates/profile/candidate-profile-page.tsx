import { Anchor, Badge, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { candidateDuplicatesQuery, candidateQuery } from '../../../api/candidates';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { ProfileTab } from '../candidate-routes-search';
import { DuplicateNotice } from '../duplicate-notice';
import { useCanManageCandidates } from '../use-can-manage-candidates';
import { ApplicationsTab } from './applications-tab';
import { EditProfile } from './edit-profile';
import { OverviewTab } from './overview-tab';
import { ProfileHeader } from './profile-header';
import { ReferencesTab } from './references-tab';
import { ResumeTab } from './resume-tab';
import { TimelineTab } from './timeline-tab';

const route = getRouteApi('/app/candidates/$candidateId');

export function CandidateProfilePage() {
  const { candidateId } = route.useParams();
  const { tab = 'overview', edit } = route.useSearch();
  const navigate = route.useNavigate();
  const canManage = useCanManageCandidates();
  const candidate = useQuery(candidateQuery(candidateId));
  const duplicates = useQuery(candidateDuplicatesQuery(candidateId));

  const tabParam = tab === 'overview' ? undefined : tab;

  if (candidate.isPending) return <LoadingState label="Loading the profile" />;
  if (candidate.isError) return <ErrorState error={candidate.error} onRetry={() => candidate.refetch()} />;
  const profile = candidate.data;

  return (
    <>
      <Anchor component={Link} to="/candidates" size="sm" c="dimmed">
        ← Candidates
      </Anchor>
      <ProfileHeader
        candidate={profile}
        onEdit={
          canManage && !edit ? () => void navigate({ search: { tab: tabParam, edit: true } }) : undefined
        }
      />
      {edit && canManage ? (
        // Keyed by the last update, so a fresh edit starts from what is saved now.
        <EditProfile
          key={profile.updatedAt}
          candidate={profile}
          onDone={() => void navigate({ search: { tab: tabParam }, replace: true })}
        />
      ) : (
        <Stack gap="lg">
          <DuplicateNotice
            duplicates={duplicates.data ?? []}
            candidateId={canManage ? profile.id : undefined}
          />
          <Tabs
            value={tab}
            onChange={(value) =>
              void navigate({
                search: { tab: value === 'overview' ? undefined : (value as ProfileTab) },
                replace: true,
                resetScroll: false,
              })
            }
          >
            <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
              <Tabs.Tab value="overview">Overview</Tabs.Tab>
              <Tabs.Tab value="applications" rightSection={count(profile.applications.length)}>
                Applications
              </Tabs.Tab>
              <Tabs.Tab value="resume" rightSection={count(profile.files.length)}>
                Résumé
              </Tabs.Tab>
              {canManage && <Tabs.Tab value="references">References</Tabs.Tab>}
              <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overview">
              <OverviewTab candidate={profile} />
            </Tabs.Panel>
            <Tabs.Panel value="applications">
              <ApplicationsTab candidate={profile} />
            </Tabs.Panel>
            <Tabs.Panel value="resume">
              <ResumeTab candidate={profile} canEdit={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="references">
              {tab === 'references' && <ReferencesTab candidate={profile} />}
            </Tabs.Panel>
            <Tabs.Panel value="timeline">
              <TimelineTab candidate={profile} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </>
  );
}

/** A tab's count; nothing (not even space) when there is none. */
function count(value: number) {
  if (value === 0) return undefined;
  return (
    <Badge size="sm" variant="light" circle aria-hidden>
      {value}
    </Badge>
  );
}
