import { Alert, Anchor, Badge, Button, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconBellRinging, IconHeartHandshake, IconRocket, IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { type OfferListItem, type OfferStatus, offersQuery } from '../../api/offers';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/query-states';
import { RelativeTime } from '../../components/relative-time';
import { formatAmount, offerEngagementLabels } from '../../domain/offer-domain';
import { bandLabels, offerStatusLabels } from './offer-labels';

type StatusGroup = { value: string; label: string; statuses: OfferStatus[] };

const groups: StatusGroup[] = [
  { value: 'draft', label: 'Drafts', statuses: ['draft'] },
  { value: 'approval', label: 'Awaiting approval', statuses: ['pending_approval'] },
  { value: 'ready', label: 'Approved & sent', statuses: ['approved', 'sent'] },
  { value: 'accepted', label: 'Accepted', statuses: ['accepted'] },
  { value: 'closed', label: 'Declined, withdrawn, expired', statuses: ['declined', 'withdrawn', 'expired'] },
];

/** Every offer by where it stands, with what it costs, how it sits in the band, and whose turn it is. */
export function OffersPage() {
  const offers = useQuery({
    ...offersQuery,
    retry: (count, error) => !(error instanceof ApiError) && count < 2,
  });
  const [tab, setTab] = useState<string | null>(null);
  const header = (
    <PageHeader
      title="Offers"
      description="From the hire decision to a signed offer: draft the terms, get them approved, send them, and see who answered."
      actions={
        <>
          <Button
            variant="default"
            leftSection={<IconRocket size={16} aria-hidden />}
            renderRoot={(props) => <Link {...props} to="/onboarding" />}
          >
            Onboarding plans
          </Button>
          <Button
            variant="default"
            leftSection={<IconSettings size={16} aria-hidden />}
            renderRoot={(props) => <Link {...props} to="/settings/approval-chains" />}
          >
            Approval chains
          </Button>
        </>
      }
    />
  );
  if (offers.isPending) {
    return (
      <>
        {header}
        <LoadingState label="Loading offers" />
      </>
    );
  }
  if (offers.isError) {
    const forbidden = offers.error instanceof ApiError && offers.error.status === 403;
    return (
      <>
        {header}
        {forbidden ? (
          <Alert color="gray" title="Offers are for the hiring team">
            When you are asked to approve an offer, the e-mail links you straight to it.
          </Alert>
        ) : (
          <ErrorState error={offers.error} onRetry={() => offers.refetch()} />
        )}
      </>
    );
  }
  const items = offers.data;
  if (items.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconHeartHandshake aria-hidden />}
          title="No offers yet"
          description="An offer starts from a candidate in the Offer stage: open their profile, go to Applications and choose “Make an offer” — or use the button on the debrief once the team decides to hire. Set up who approves offers under Approval chains first."
        >
          <Button renderRoot={(props) => <Link {...props} to="/candidates" />}>Go to candidates</Button>
          <Button
            variant="default"
            renderRoot={(props) => <Link {...props} to="/settings/approval-chains" />}
          >
            Set up approval chains
          </Button>
        </EmptyState>
      </>
    );
  }
  const waiting = items.filter((offer) => offer.approval.waitingForYou);
  const inGroup = (group: StatusGroup) => items.filter((offer) => group.statuses.includes(offer.status));
  const firstWithOffers = groups.find((group) => inGroup(group).length > 0)?.value ?? 'draft';
  const active = tab ?? (waiting.length > 0 ? 'approval' : firstWithOffers);

  return (
    <>
      {header}
      <Stack gap="md">
        {waiting.length > 0 && (
          <Alert color="yellow" icon={<IconBellRinging aria-hidden />} title="Waiting for you">
            <Stack gap={4}>
              {waiting.map((offer) => (
                <Text key={offer.id} size="sm">
                  <Anchor
                    renderRoot={(props) => (
                      <Link {...props} to="/offers/$offerId" params={{ offerId: offer.id }} />
                    )}
                  >
                    {offer.candidate?.name ?? 'A candidate'} — {offer.job?.title ?? 'a job'}
                  </Anchor>{' '}
                  needs your approval{offer.approval.currentStep ? ` (${offer.approval.currentStep})` : ''}.
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Tabs value={active} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            {groups.map((group) => (
              <Tabs.Tab
                key={group.value}
                value={group.value}
                rightSection={
                  <Badge
                    size="sm"
                    variant="light"
                    color={group.value === 'approval' && waiting.length > 0 ? 'yellow' : 'gray'}
                  >
                    {inGroup(group).length}
                  </Badge>
                }
              >
                {group.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {groups.map((group) => (
            <Tabs.Panel key={group.value} value={group.value} pt="md">
              <OfferTable offers={inGroup(group)} empty={`No offers here.`} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </>
  );
}

function OfferTable({ offers, empty }: { offers: OfferListItem[]; empty: string }) {
  if (offers.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Offers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Candidate</Table.Th>
            <Table.Th>Job</Table.Th>
            <Table.Th>Engagement</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Total cost</Table.Th>
            <Table.Th>Band</Table.Th>
            <Table.Th>Age</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offers.map((offer) => (
            <OfferRow key={offer.id} offer={offer} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OfferRow({ offer }: { offer: OfferListItem }) {
  const status = offerStatusLabels[offer.status];
  const band = offer.band && bandLabels[offer.band.status];
  const { approval } = offer;
  return (
    <Table.Tr bg={approval.waitingForYou ? 'yellow.0' : undefined}>
      <Table.Td>
        <Anchor
          fw={600}
          renderRoot={(props) => <Link {...props} to="/offers/$offerId" params={{ offerId: offer.id }} />}
        >
          {offer.candidate?.name ?? 'Removed candidate'}
        </Anchor>
      </Table.Td>
      <Table.Td>{offer.job?.title ?? '—'}</Table.Td>
      <Table.Td>{offerEngagementLabels[offer.engagement]}</Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
          {approval.waitingForYou && (
            <Badge color="yellow" variant="filled">
              Waiting for you
            </Badge>
          )}
        </Group>
        {offer.status === 'pending_approval' && approval.steps > 0 && (
          <Text size="xs" c="dimmed" mt={2}>
            {approval.approvedSteps} of {approval.steps} steps approved
            {approval.currentStep ? ` · now: ${approval.currentStep}` : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={500}>
          {formatAmount(offer.cost.total, offer.cost.currency)}
        </Text>
        <Text size="xs" c="dimmed">
          {offer.cost.period}
        </Text>
      </Table.Td>
      <Table.Td>
        {band ? (
          <Badge color={band.color} variant="light" title={offer.band?.message}>
            {band.short}
          </Badge>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          <RelativeTime value={offer.createdAt} />
        </Text>
        {offer.sentAt && (
          <Text size="xs" c="dimmed">
            sent <RelativeTime value={offer.sentAt} />
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
