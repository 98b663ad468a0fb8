import { Anchor, Badge, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type Interview, interviewsQuery } from '../../api/interviews';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useSession } from '../../layouts/session-context';
import { formatSlot, scorecardBadge } from './interview-labels';

export function InterviewsPage() {
  const role = useSession().user.role;
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const interviews = useQuery(interviewsQuery({ scope }));
  const now = Date.now();
  const upcoming = (interviews.data ?? [])
    .filter((interview) => interview.status === 'scheduled' && new Date(interview.endsAt).getTime() >= now)
    .sort((left, right) => left.startsAt.localeCompare(right.startsAt));
  const past = (interviews.data ?? [])
    .filter((interview) => !upcoming.includes(interview))
    .sort((left, right) => right.startsAt.localeCompare(left.startsAt));

  return (
    <>
      <PageHeader
        title="Interviews"
        description="Each interview has a kit: what to probe, questions with what a strong answer sounds like, and the scorecard to fill in right after."
        actions={
          role !== 'interviewer' && (
            <SegmentedControl
              aria-label="Whose interviews"
              value={scope}
              onChange={(value) => setScope(value as 'mine' | 'all')}
              data={[
                { value: 'mine', label: 'Mine' },
                { value: 'all', label: 'Everyone’s' },
              ]}
            />
          )
        }
      />
      {interviews.isPending && <LoadingState label="Loading interviews" />}
      {interviews.isError && <ErrorState error={interviews.error} onRetry={() => interviews.refetch()} />}
      {interviews.data?.length === 0 && (
        <EmptyState
          icon={<IconMessages aria-hidden />}
          title={scope === 'mine' ? 'No interviews for you yet' : 'No interviews scheduled yet'}
          description="Interviews are scheduled from a candidate’s profile (Applications → Schedule interview). Everyone on the panel gets a calendar invitation and a kit here."
        />
      )}
      {interviews.data && interviews.data.length > 0 && (
        <Stack gap="xl">
          <InterviewTable title="Coming up" interviews={upcoming} empty="Nothing scheduled." />
          <InterviewTable title="Past and cancelled" interviews={past} empty="None yet." />
        </Stack>
      )}
    </>
  );
}

function InterviewTable({
  title,
  interviews,
  empty,
}: {
  title: string;
  interviews: Interview[];
  empty: string;
}) {
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        {title}
      </Title>
      {interviews.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Candidate</Table.Th>
                <Table.Th>Interview</Table.Th>
                <Table.Th>Panel</Table.Th>
                <Table.Th>Your scorecard</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {interviews.map((interview) => (
                <Table.Tr key={interview.id}>
                  <Table.Td>
                    <Text size="sm" td={interview.status === 'cancelled' ? 'line-through' : undefined}>
                      {formatSlot(interview.startsAt, interview.endsAt)}
                    </Text>
                    {interview.status === 'cancelled' && (
                      <Badge color="gray" variant="light" size="sm">
                        Cancelled
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {interview.candidate.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {interview.job.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      size="sm"
                      renderRoot={(props) => (
                        <Link
                          {...props}
                          to="/interviews/$interviewId"
                          params={{ interviewId: interview.id }}
                        />
                      )}
                    >
                      {interview.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{interview.interviewers.map((person) => person.name).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    {interview.myScorecard ? (
                      <Badge variant="light" color={scorecardBadge[interview.myScorecard].color}>
                        {scorecardBadge[interview.myScorecard].label}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Not on the panel
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
