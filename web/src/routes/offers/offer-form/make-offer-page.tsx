import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type Candidate, candidateQuery } from '../../../api/candidates';
import { debriefQuery } from '../../../api/interviews';
import { jobQuery } from '../../../api/jobs';
import { createOffer, offersQuery, submitOfferForApproval } from '../../../api/offers';
import { boardKey, boardQuery, runBulkAction } from '../../../api/pipeline';
import { assumptionsQuery } from '../../../api/planning';
import { FormError } from '../../../components/form-error';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { OfferTerms } from '../../../domain/offer-domain';
import { stageName } from '../../candidates/stage-labels';
import { OfferEditor } from './offer-editor';
import { stateFromBlueprint } from './offer-form-state';

const route = getRouteApi('/app/applications/$applicationId/offer');

const closedStatuses = ['accepted', 'declined', 'expired', 'withdrawn'];

/** "Make an offer" for one application: from the candidate's profile or the debrief after a hire decision. */
export function MakeOfferPage() {
  const { applicationId } = route.useParams();
  const debrief = useQuery(debriefQuery(applicationId));
  const application = debrief.data?.application;
  const candidate = useQuery({ ...candidateQuery(application?.candidate.id ?? ''), enabled: !!application });
  const job = useQuery({ ...jobQuery(application?.job.id ?? ''), enabled: !!application });
  const assumptions = useQuery(assumptionsQuery);
  const offers = useQuery(offersQuery);

  const failed = [debrief, candidate, job, assumptions, offers].find((query) => query.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => failed.refetch()} />;
  if (!application || !candidate.data || !job.data || !assumptions.data || !offers.data) {
    return <LoadingState label="Loading the offer form" />;
  }
  const open = offers.data.find(
    (offer) => offer.applicationId === applicationId && !closedStatuses.includes(offer.status),
  );
  const current = candidate.data.applications.find((item) => item.id === applicationId);
  const inOfferStage = current?.status === 'active' && current.stageKind === 'offer';
  const decision = debrief.data?.decision;

  return (
    <>
      <Anchor
        renderRoot={(props) => (
          <Link
            {...props}
            to="/candidates/$candidateId"
            params={{ candidateId: application.candidate.id }}
            search={{ tab: 'applications' }}
          />
        )}
        size="sm"
        c="dimmed"
      >
        ← {application.candidate.name}
      </Anchor>
      <PageHeader
        title={`Make an offer to ${application.candidate.name}`}
        description={`${application.job.title}. The terms start from the role’s blueprint — its band, currency and location; change what you agreed with the candidate. Save a draft, then submit it for approval.`}
      />
      <Stack gap="lg">
        {decision?.decision === 'hire' && (
          <Text size="sm" c="dimmed">
            Hire decision by {decision.decidedBy?.name ?? 'the team'}: “{decision.rationale}”
          </Text>
        )}
        {open ? (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="There is already an offer">
            <Text size="sm" mb="sm">
              {application.candidate.name} has an open offer for this job. Change that one instead of making a
              second.
            </Text>
            <Button
              size="xs"
              renderRoot={(props) => <Link {...props} to="/offers/$offerId" params={{ offerId: open.id }} />}
            >
              Open the offer
            </Button>
          </Alert>
        ) : !inOfferStage ? (
          <MoveToOfferStage
            applicationId={applicationId}
            jobId={application.job.id}
            candidate={candidate.data}
            stage={current?.stage ?? null}
            active={current?.status === 'active'}
          />
        ) : (
          <NewOfferForm
            applicationId={applicationId}
            blueprint={job.data.blueprint}
            assumptions={assumptions.data.assumptions}
          />
        )}
      </Stack>
    </>
  );
}

function NewOfferForm({
  applicationId,
  blueprint,
  assumptions,
}: {
  applicationId: string;
  blueprint: Parameters<typeof OfferEditor>[0]['blueprint'];
  assumptions: Parameters<typeof OfferEditor>[0]['assumptions'];
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: async ({ terms, submit }: { terms: OfferTerms; submit: boolean }) => {
      const offer = await createOffer(applicationId, terms);
      return submit ? submitOfferForApproval(offer.id) : offer;
    },
    onSuccess: (offer) => {
      void queryClient.invalidateQueries({ queryKey: ['offers'] });
      void navigate({ to: '/offers/$offerId', params: { offerId: offer.id } });
    },
  });
  return (
    <OfferEditor
      initial={stateFromBlueprint(blueprint, assumptions.currency)}
      blueprint={blueprint}
      assumptions={assumptions}
      pending={save.isPending}
      error={save.error}
      actions={[
        {
          label: 'Save as draft',
          variant: 'default',
          onSave: (terms) => save.mutate({ terms, submit: false }),
        },
        { label: 'Save and submit for approval', onSave: (terms) => save.mutate({ terms, submit: true }) },
      ]}
    />
  );
}

type MoveProps = {
  applicationId: string;
  jobId: string;
  candidate: Candidate;
  stage: string | null;
  active: boolean;
};

/** Offers are made from the Offer stage: one click moves the candidate there first. */
function MoveToOfferStage({ applicationId, jobId, candidate, stage, active }: MoveProps) {
  const queryClient = useQueryClient();
  const board = useQuery({ ...boardQuery(jobId, {}), enabled: active });
  const offerStage = board.data?.stages.find((item) => item.kind === 'offer');
  const move = useMutation({
    mutationFn: () => runBulkAction(jobId, [applicationId], { action: 'move', stage: offerStage!.key }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['candidates', candidate.id] }),
        queryClient.invalidateQueries({ queryKey: boardKey(jobId) }),
      ]),
  });
  if (!active) {
    return (
      <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title="This application is closed">
        {candidate.name}’s application is no longer active, so there is nothing to offer on it.
      </Alert>
    );
  }
  return (
    <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} title="Move them to the Offer stage first">
      <Text size="sm" mb="sm">
        {candidate.name} is at {stageName(stage)}. Offers are made from the {offerStage?.name ?? 'Offer'}{' '}
        stage, so the board shows where everyone stands.
      </Text>
      <FormError error={move.error ?? board.error} />
      <Button
        size="xs"
        mt="xs"
        onClick={() => move.mutate()}
        loading={move.isPending || board.isPending}
        disabled={!offerStage}
      >
        Move to {offerStage?.name ?? 'Offer'}
      </Button>
    </Alert>
  );
}
