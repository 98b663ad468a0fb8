import { Anchor, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconLayoutKanban } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { jobQuery } from '../../../api/jobs';
import { PageHeader } from '../../../components/page-header';
import { LoadingState } from '../../../components/query-states';
import { useSession } from '../../../layouts/session-context';
import { ApplicationFormTab } from './application-form-tab';
import { ApplicationsTab } from './applications-tab';
import { BlueprintUpdateNotice } from './blueprint-update-notice';
import { InterviewPlanTab } from './interview-plan-tab';
import { jobStatusBadges } from './job-status';
import {
  JobStatusActions,
  PublishBlockers,
  StatusChangeError,
  useJobStatusChange,
} from './job-status-actions';
import type { JobTab } from './job-tabs';
import { PostingTab } from './posting-tab';
import { PublishingTab } from './publishing-tab';

const route = getRouteApi('/app/roles/jobs/$jobId');

// The charts are the heaviest code on the page; they load when the tab is first opened.
const HiringPlanPanel = lazy(() =>
  import('../../planning/hiring-plan-panel').then((module) => ({ default: module.HiringPlanPanel })),
);

export function JobPage() {
  const { jobId } = route.useParams();
  const { tab = 'posting' } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: job } = useSuspenseQuery(jobQuery(jobId));
  const canEdit = useSession().user.role !== 'interviewer';
  // The plan loads chart code and asks for several estimates: only once someone opens the tab.
  const [planOpened, setPlanOpened] = useState(tab === 'plan');
  const status = jobStatusBadges[job.status];
  const statusChange = useJobStatusChange(job);

  const selectTab = (value: string | null) => {
    if (!value) return;
    if (value === 'plan') setPlanOpened(true);
    void navigate({ search: { tab: value === 'posting' ? undefined : (value as JobTab) }, replace: true });
  };

  return (
    <>
      <Anchor component={Link} to="/roles" size="sm" c="dimmed">
        ← Roles
      </Anchor>
      <PageHeader
        title={job.title}
        description={
          <Group gap="xs" component="span">
            <Badge color={status.color} variant="light">
              {status.label}
            </Badge>
            <Text span size="sm" c="dimmed">
              {status.meaning}
            </Text>
          </Group>
        }
        actions={
          <>
            <Button
              renderRoot={(props) => (
                <Link {...props} to="/roles/jobs/$jobId/board" params={{ jobId: job.id }} />
              )}
              variant="default"
              leftSection={<IconLayoutKanban size={16} aria-hidden />}
            >
              Pipeline
            </Button>
            <JobStatusActions job={job} canEdit={canEdit} change={statusChange} />
          </>
        }
      />
      <Stack gap="md" mb="lg">
        <StatusChangeError change={statusChange} />
        {/* After a refused publish the server's list says the same, so it is shown once. */}
        {!statusChange.error && <PublishBlockers job={job} />}
        <BlueprintUpdateNotice job={job} canEdit={canEdit} />
      </Stack>
      <Tabs value={tab} onChange={selectTab}>
        <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          <Tabs.Tab value="posting">Posting</Tabs.Tab>
          <Tabs.Tab value="form">Application form</Tabs.Tab>
          <Tabs.Tab
            value="applications"
            rightSection={
              job.applicationCount > 0 ? (
                <Badge size="sm" variant="light" circle aria-hidden>
                  {job.applicationCount}
                </Badge>
              ) : undefined
            }
          >
            Applications
          </Tabs.Tab>
          <Tabs.Tab value="interviews">Interview plan</Tabs.Tab>
          <Tabs.Tab value="plan">Cost & timeline</Tabs.Tab>
          <Tabs.Tab value="publishing">Publishing</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="posting">
          <PostingTab key={job.postingMarkdown} job={job} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="form">
          <ApplicationFormTab job={job} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="applications">
          <ApplicationsTab job={job} />
        </Tabs.Panel>
        <Tabs.Panel value="interviews">
          {tab === 'interviews' && <InterviewPlanTab job={job} canEdit={canEdit} />}
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          {planOpened && (
            <Suspense fallback={<LoadingState label="Loading the hiring plan" />}>
              <HiringPlanPanel blueprint={job.blueprint} />
            </Suspense>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="publishing">
          <PublishingTab job={job} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
