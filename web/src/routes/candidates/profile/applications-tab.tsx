import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import {
  IconBriefcase,
  IconCalendarPlus,
  IconCalendarShare,
  IconLayoutKanban,
  IconScale,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type Candidate, type CandidateApplication, rejectionReasonsQuery } from '../../../api/candidates';
import { EmptyState } from '../../../components/empty-state';
import { RelativeTime } from '../../../components/relative-time';
import { ApplicationExercises } from '../../assessments/application-exercises';
import { ScheduleDialog } from '../../interviews/schedule-dialog';
import { SchedulingLinkDialog } from '../../interviews/scheduling-link-dialog';
import { ApplicationOfferButton } from '../../offers/application-offer-button';
import { applicationStatusLabels } from '../candidate-labels';
import { stageName } from '../stage-labels';
import { useCanManageCandidates } from '../use-can-manage-candidates';
import { AddToJob } from './add-to-job';

export function ApplicationsTab({ candidate }: { candidate: Candidate }) {
  const reasons = useQuery(rejectionReasonsQuery);
  const canManage = useCanManageCandidates();
  const adder = canManage ? <AddToJob candidate={candidate} /> : null;
  if (candidate.applications.length === 0) {
    return (
      <Stack gap="md">
        {adder}
        <EmptyState
          icon={<IconBriefcase aria-hidden />}
          title="Not in any job yet"
          description={`${candidate.name} is in your pool, but on no job’s board. They join a job when they apply on its careers page, or when you add them to one.`}
        >
          <Button component={Link} to="/roles" variant="default">
            See your jobs
          </Button>
        </EmptyState>
      </Stack>
    );
  }
  const reasonLabel = (code: string) => reasons.data?.find((reason) => reason.code === code)?.label ?? code;
  return (
    <Stack gap="sm">
      {adder}
      {candidate.applications.map((application) => (
        <ApplicationCard
          key={application.id}
          application={application}
          reason={application.rejectionReason && reasonLabel(application.rejectionReason)}
          candidateName={candidate.name}
        />
      ))}
    </Stack>
  );
}

function ApplicationCard({
  application,
  reason,
  candidateName,
}: {
  application: CandidateApplication;
  reason: string | null;
  candidateName: string;
}) {
  const canManage = useCanManageCandidates();
  const [scheduling, setScheduling] = useState(false);
  const [sendingLink, setSendingLink] = useState(false);
  const status = applicationStatusLabels[application.status];
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" gap="sm" align="flex-start">
        <Stack gap={4}>
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/roles/jobs/$jobId" params={{ jobId: application.jobId }} />
            )}
            fw={600}
          >
            {application.jobTitle}
          </Anchor>
          <Group gap="xs">
            <Badge variant="light" color={status.color}>
              {status.label}
            </Badge>
            <Text size="sm">
              {application.status === 'active' ? 'At' : 'Last at'}: {stageName(application.stage)}
            </Text>
          </Group>
          {reason && (
            <Text size="sm" c="dimmed">
              Reason: {reason}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            Applied <RelativeTime value={application.createdAt} />
          </Text>
        </Stack>
        <Group gap="xs">
          {canManage && (
            <ApplicationOfferButton
              applicationId={application.id}
              canStart={
                application.status === 'active' &&
                (application.stageKind ?? (application.stage === 'offer' ? 'offer' : null)) === 'offer'
              }
            />
          )}
          {canManage && application.status === 'active' && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              onClick={() => setScheduling(true)}
            >
              Schedule interview
            </Button>
          )}
          {canManage && application.status === 'active' && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconCalendarShare size={16} aria-hidden />}
              onClick={() => setSendingLink(true)}
            >
              Send scheduling link
            </Button>
          )}
          {canManage && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconScale size={16} aria-hidden />}
              renderRoot={(props) => (
                <Link
                  {...props}
                  to="/applications/$applicationId/debrief"
                  params={{ applicationId: application.id }}
                />
              )}
            >
              Debrief
            </Button>
          )}
          <Button
            renderRoot={(props) => (
              <Link {...props} to="/roles/jobs/$jobId/board" params={{ jobId: application.jobId }} />
            )}
            variant="default"
            size="xs"
            leftSection={<IconLayoutKanban size={16} aria-hidden />}
            aria-label={`Open the board for ${application.jobTitle}`}
          >
            Open the board
          </Button>
        </Group>
        {scheduling && (
          <ScheduleDialog
            applicationId={application.id}
            jobId={application.jobId}
            candidateName={candidateName}
            onClose={() => setScheduling(false)}
          />
        )}
        {sendingLink && (
          <SchedulingLinkDialog
            applicationId={application.id}
            jobId={application.jobId}
            candidateName={candidateName}
            onClose={() => setSendingLink(false)}
          />
        )}
      </Group>
      <ApplicationExercises
        applicationId={application.id}
        candidateName={candidateName}
        canSend={canManage && application.status === 'active'}
      />
    </Paper>
  );
}
