import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconMailForward } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { type Offer, offerQuery } from '../../../api/offers';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { offerEngagementLabels, termsTable } from '../../../domain/offer-domain';
import { useSession } from '../../../layouts/session-context';
import { formatDate, formatDateTime } from '../../../lib/format';
import { OfferCostPanel } from '../offer-cost-panel';
import { offerStatusLabels } from '../offer-labels';
import { ApprovalProgress } from './approval-progress';
import { OfferActions } from './offer-actions';
import { OfferHistory } from './offer-history';

const route = getRouteApi('/app/offers/$offerId');

/** One offer: its terms, cost and band, the approval progress, what to do next and what happened so far. */
export function OfferPage() {
  const { offerId } = route.useParams();
  const offer = useQuery(offerQuery(offerId));
  const role = useSession().user.role;
  if (offer.isPending) return <LoadingState label="Loading the offer" />;
  if (offer.isError) return <ErrorState error={offer.error} onRetry={() => offer.refetch()} />;
  const current = offer.data;
  const hiringTeam = role !== 'interviewer';
  const status = offerStatusLabels[current.status];

  return (
    <>
      {hiringTeam && (
        <Anchor renderRoot={(props) => <Link {...props} to="/offers" />} size="sm" c="dimmed">
          ← All offers
        </Anchor>
      )}
      <PageHeader
        title={`Offer to ${current.candidate.name}`}
        description={
          <>
            {current.job.title} · {offerEngagementLabels[current.engagement]} · starts{' '}
            {formatDate(`${current.terms.startDate}T12:00:00Z`)}{' '}
            <Badge color={status.color} variant="light" ml={4}>
              {status.label}
            </Badge>
          </>
        }
        actions={hiringTeam && <OfferActions offer={current} />}
      />
      <Stack gap="lg">
        <NextStep offer={current} hiringTeam={hiringTeam} />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <ApprovalProgress offer={current} />
              <Terms offer={current} />
              <Letter offer={current} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <OfferCostPanel cost={current.cost} band={current.band} />
              <OfferHistory history={current.history} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

/** The one thing to do next, in plain words. */
function NextStep({ offer, hiringTeam }: { offer: Offer; hiringTeam: boolean }) {
  const me = useSession().user.id;
  const note = (
    color: string,
    title: string,
    body: ReactNode,
    icon: ReactNode = <IconInfoCircle aria-hidden />,
  ) => (
    <Alert color={color} icon={icon} title={title}>
      {body}
    </Alert>
  );
  switch (offer.status) {
    case 'draft':
      if (offer.approval.rejectedBy) {
        const { approver, comment } = offer.approval.rejectedBy;
        return note(
          'red',
          `${approver.name} rejected the offer`,
          `“${comment}” Change the terms and submit it again: approval starts from the first step.`,
        );
      }
      return note(
        'gray',
        'This offer is a draft',
        hiringTeam
          ? 'Nobody has been asked to approve it yet. Check the terms and the cost, then submit it for approval.'
          : 'The hiring team has not submitted it for approval yet.',
      );
    case 'pending_approval': {
      const awaiting = offer.approval.current?.awaiting ?? [];
      const mine = awaiting.some((person) => person.id === me);
      return note(
        'yellow',
        mine ? 'Waiting for you' : 'Waiting for approval',
        mine
          ? 'You are an approver of the current step: approve or reject it below.'
          : `Waiting for ${awaiting.map((person) => person.name).join(' or ')}. They have been e-mailed; the candidate sees nothing until every step approves.`,
      );
    }
    case 'approved':
      return note(
        'teal',
        'Approved: ready to send',
        'Send it to the candidate: they get a personal link to read the letter and accept or decline.',
        <IconCircleCheck aria-hidden />,
      );
    case 'sent':
      return note(
        'blue',
        `Sent ${offer.sentAt ? formatDateTime(offer.sentAt) : ''}`,
        `${offer.candidate.name} was e-mailed a personal link${offer.candidate.email ? ` at ${offer.candidate.email}` : ''}. It works until ${offer.expiresAt ? formatDateTime(offer.expiresAt) : 'it expires'}.`,
        <IconMailForward aria-hidden />,
      );
    case 'accepted':
      return (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} title="Accepted">
          <Text size="sm">
            {offer.candidate.name} accepted on {offer.acceptedAt ? formatDateTime(offer.acceptedAt) : '—'}
            {offer.acceptance ? `, signing as “${offer.acceptance.typedName}”` : ''}. They are marked as hired
            and their onboarding plan is ready.
          </Text>
          <Button
            size="xs"
            mt="sm"
            variant="light"
            color="green"
            renderRoot={(props) => <Link {...props} to="/onboarding" />}
          >
            Onboarding plans
          </Button>
        </Alert>
      );
    case 'declined':
      return note(
        'red',
        'Declined',
        `${offer.candidate.name} declined${offer.declinedAt ? ` on ${formatDateTime(offer.declinedAt)}` : ''}${offer.declinedReason ? `: “${offer.declinedReason}”` : '.'}`,
      );
    case 'expired':
      return note(
        'orange',
        'The link expired',
        `${offer.candidate.name} did not answer in time. Send a new link if the offer still stands, or withdraw it.`,
      );
    case 'withdrawn':
      return note('gray', 'Withdrawn', 'This offer was withdrawn; the candidate’s link no longer works.');
  }
}

function Terms({ offer }: { offer: Offer }) {
  const rows = termsTable({
    terms: offer.terms,
    job: { title: offer.job.title },
    respondBy: offer.expiresAt ? offer.expiresAt.slice(0, 10) : null,
  });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Terms">
      <Title order={2} fz="md" mb="xs">
        Terms
      </Title>
      <Table fz="sm" aria-label="The terms">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th w="35%" fw={500} c="dimmed" pl={0}>
                {row.label}
              </Table.Th>
              <Table.Td>{row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Letter({ offer }: { offer: Offer }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Letter">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md">
          The letter the candidate reads
        </Title>
      </Group>
      <Text size="sm" fw={600}>
        {offer.letter.title}
      </Text>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap' }}
        mah={360}
        mt="xs"
        c="dark.6"
        component="div"
        styles={{ root: { overflowY: 'auto' } }}
      >
        {offer.letter.preview}
      </Text>
    </Paper>
  );
}
