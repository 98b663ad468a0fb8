import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { jobQuery } from '../../../api/jobs';
import { type Offer, offerQuery, updateOffer } from '../../../api/offers';
import { assumptionsQuery } from '../../../api/planning';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { type OfferTerms, restartOnChange } from '../../../domain/offer-domain';
import { OfferEditor } from './offer-editor';
import { stateFromBlueprint, stateFromTerms } from './offer-form-state';

const route = getRouteApi('/app/offers/$offerId/edit');

const editable = ['draft', 'pending_approval', 'approved'];

/** Changes an offer before it is sent; a change to what the candidate is offered restarts approval. */
export function EditOfferPage() {
  const { offerId } = route.useParams();
  const offer = useQuery(offerQuery(offerId));
  const job = useQuery({ ...jobQuery(offer.data?.jobId ?? ''), enabled: !!offer.data });
  const assumptions = useQuery(assumptionsQuery);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (terms: OfferTerms) => updateOffer(offerId, terms),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['offers'] });
      void navigate({ to: '/offers/$offerId', params: { offerId } });
    },
  });

  const failed = [offer, job, assumptions].find((query) => query.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => failed.refetch()} />;
  if (!offer.data || !job.data || !assumptions.data) return <LoadingState label="Loading the offer" />;
  const current = offer.data;
  const back = (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/offers/$offerId" params={{ offerId }} />}
      size="sm"
      c="dimmed"
    >
      ← The offer to {current.candidate.name}
    </Anchor>
  );
  if (!editable.includes(current.status)) {
    return (
      <>
        {back}
        <PageHeader title={`Change the offer to ${current.candidate.name}`} />
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title="This offer can no longer be changed">
          Once an offer is sent or answered its terms are fixed. Withdraw it and make a new one if the terms
          must change.
        </Alert>
      </>
    );
  }
  const base = stateFromBlueprint(job.data.blueprint, assumptions.data.assumptions.currency);
  return (
    <>
      {back}
      <PageHeader
        title={`Change the offer to ${current.candidate.name}`}
        description={`${current.job.title}. The cost and band check follow your changes as you type.`}
      />
      <OfferEditor
        initial={stateFromTerms(current.terms, base)}
        blueprint={job.data.blueprint}
        assumptions={assumptions.data.assumptions}
        pending={save.isPending}
        error={save.error}
        notice={(terms) => <RestartNotice offer={current} terms={terms} />}
        actions={[
          {
            label: current.status === 'draft' ? 'Save the draft' : 'Save changes',
            onSave: (terms) => save.mutate(terms),
          },
        ]}
      />
    </>
  );
}

/** Says before saving whether the change sends the offer back to the first approver. */
function RestartNotice({ offer, terms }: { offer: Offer; terms: OfferTerms | null }) {
  if (offer.status === 'draft') return null;
  const change = terms ? restartOnChange(offer.terms, terms) : null;
  const approvals = offer.approval.steps.reduce((sum, step) => sum + step.approvals.length, 0);
  if (change && !change.restart) {
    return (
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="Approval stands">
        <Text size="sm">
          {change.changes.length === 0
            ? 'Nothing that the candidate is offered has changed yet.'
            : 'Only wording was corrected, so the approvals already given still stand.'}{' '}
          A change to pay, dates, equity or any other term sends the offer back to the first approver.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Saving this restarts approval">
      <Text size="sm">
        {offer.status === 'approved' ? 'The offer is approved. ' : ''}
        This changes what the candidate is offered, so approval starts again from the first step
        {approvals > 0 ? ` and the ${approvals} approval(s) given so far no longer count` : ''}. The approvers
        are e-mailed again.
      </Text>
    </Alert>
  );
}
