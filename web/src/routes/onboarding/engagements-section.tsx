import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type EngagementSummary, engagementsQuery } from '../../api/onboarding';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useSession } from '../../layouts/session-context';
import { DecisionDialog } from './decision-dialog';
import { engagementLabels, formatDay } from './onboarding-labels';
import { ReplacementsDialog } from './replacements-dialog';

const outcomeWords = { convert: 'Converted', extend: 'Extended', end: 'Ended' } as const;

/** Paid trials, contracts and contract-to-hire: when each ends, and the decision at the end. */
export function EngagementsSection() {
  const engagements = useQuery(engagementsQuery);
  const role = useSession().user.role;
  const canDecide = role === 'admin' || role === 'hiring_manager';
  const [deciding, setDeciding] = useState<EngagementSummary | null>(null);
  const [replacing, setReplacing] = useState<EngagementSummary | null>(null);

  if (engagements.isPending) return <LoadingState label="Loading trials and contracts" />;
  if (engagements.isError)
    return <ErrorState error={engagements.error} onRetry={() => engagements.refetch()} />;
  if (engagements.data.length === 0) {
    return (
      <EmptyState
        icon={<IconHourglass aria-hidden />}
        title="No trials or contracts running"
        description="When a candidate accepts a paid trial, a contract or a contract-to-hire offer, it shows up here with its end date, so the decision to convert, extend or end is made on time."
      />
    );
  }

  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        At the end of each engagement, decide: convert to a permanent hire, extend with a new end date, or end
        it. Write the reason down — it is what the next reviewer reads. Ending one can reopen the job and show
        the next-best candidates from its pipeline.
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder verticalSpacing="sm" aria-label="Trials and contracts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Start</Table.Th>
              <Table.Th>End</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Decision</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {engagements.data.map((engagement) => (
              <Table.Tr key={engagement.id}>
                <Table.Td>
                  <Anchor
                    fw={600}
                    size="sm"
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/candidates/$candidateId"
                        params={{ candidateId: engagement.candidateId }}
                      />
                    )}
                  >
                    {engagement.candidateName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {engagement.jobTitle}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{engagementLabels[engagement.kind]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDay(engagement.startDate)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDay(engagement.endDate)}</Text>
                </Table.Td>
                <Table.Td>
                  <EngagementStatusCell engagement={engagement} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={6} align="flex-start">
                    {engagement.decisions.map((decision) => (
                      <Text key={decision.decidedAt} size="xs" c="dimmed" maw={320}>
                        <Text span fw={600} c="var(--mantine-color-text)">
                          {outcomeWords[decision.decision]}
                        </Text>{' '}
                        on {formatDay(decision.decidedAt.slice(0, 10))}: {decision.rationale}
                      </Text>
                    ))}
                    <Group gap="xs">
                      {engagement.status === 'running' && canDecide && (
                        <Button size="compact-sm" onClick={() => setDeciding(engagement)}>
                          Decide
                        </Button>
                      )}
                      {engagement.status === 'ended' && (
                        <Button size="compact-sm" variant="light" onClick={() => setReplacing(engagement)}>
                          Next-best candidates
                        </Button>
                      )}
                    </Group>
                    {engagement.status === 'running' && !canDecide && (
                      <Text size="xs" c="dimmed">
                        An admin or the hiring manager decides.
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deciding && <DecisionDialog engagement={deciding} onClose={() => setDeciding(null)} />}
      {replacing && (
        <ReplacementsDialog
          jobId={replacing.jobId}
          jobTitle={replacing.jobTitle}
          leaver={{ id: replacing.candidateId, name: replacing.candidateName }}
          onClose={() => setReplacing(null)}
        />
      )}
    </>
  );
}

function EngagementStatusCell({ engagement }: { engagement: EngagementSummary }) {
  if (engagement.status === 'converted')
    return (
      <Badge color="teal" variant="light">
        Converted
      </Badge>
    );
  if (engagement.status === 'ended')
    return (
      <Badge color="gray" variant="light">
        Ended
      </Badge>
    );
  const timing = engagement.timing;
  if (!timing) return null;
  const days = timing.daysUntilEnd;
  const left =
    days < 0
      ? `Ended ${-days} day${days === -1 ? '' : 's'} ago — decide now`
      : days === 0
        ? 'Last day today'
        : `${days} day${days === 1 ? '' : 's'} left`;
  return (
    <Stack gap={4}>
      {timing.phase === 'upcoming' ? (
        <Badge color="blue" variant="light">
          Starts {formatDay(engagement.startDate)}
        </Badge>
      ) : timing.phase === 'decision_due' || timing.phase === 'ended' ? (
        <Badge color="orange" variant="light">
          Decision due
        </Badge>
      ) : (
        <Badge color="indigo" variant="light">
          Running
        </Badge>
      )}
      <Text size="sm" fw={timing.phase === 'running' ? undefined : 600}>
        {left}
      </Text>
      <Text size="xs" c="dimmed">
        Decide by {formatDay(timing.decisionDueOn)}
      </Text>
    </Stack>
  );
}
