import type { ApprovalState } from './approvals.ts';
import { effectiveStatus, type offerDetail } from './offers.service.ts';
import type { ChainRow, OfferRow } from './offers.store.ts';

/** What leaves the server about offers: never the link's token hash. */

type Person = { id: string; name: string };

export const presentChain = (row: ChainRow) => ({
  id: row.id,
  name: row.name,
  appliesWhen: row.appliesWhen,
  steps: row.steps,
  position: row.position,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function presentOfferSummary(row: OfferRow) {
  return {
    id: row.id,
    applicationId: row.applicationId,
    candidateId: row.candidateId,
    jobId: row.jobId,
    engagement: row.engagement,
    status: effectiveStatus(row),
    approvalRound: row.approvalRound,
    startDate: row.terms.startDate,
    sentAt: row.sentAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    declinedAt: row.declinedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentApproval(state: ApprovalState, people: Person[]) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'A former teammate';
  const decision = (entry: ApprovalState['steps'][number]['approvals'][number]) => ({
    approver: { id: entry.approverId, name: name(entry.approverId) },
    decision: entry.decision,
    comment: entry.comment,
    decidedAt: entry.decidedAt,
  });
  return {
    status: state.status,
    required: state.approvalRequired,
    current: state.current && {
      ...state.current,
      awaiting: state.current.awaiting.map((id) => ({ id, name: name(id) })),
    },
    steps: state.steps.map((step) => ({
      chainId: step.chainId,
      chainName: step.chainName,
      stepIndex: step.stepIndex,
      name: step.name,
      required: step.required,
      status: step.status,
      approvers: step.approverIds.map((id) => ({ id, name: name(id) })),
      approvals: step.approvals.map(decision),
      rejection: step.rejection && decision(step.rejection),
    })),
    rejectedBy: state.rejectedBy && decision(state.rejectedBy),
  };
}

export function presentOffer(detail: Awaited<ReturnType<typeof offerDetail>>) {
  const { offer, context } = detail;
  return {
    ...presentOfferSummary(offer),
    candidate: { id: context.candidate.id, name: context.candidate.name, email: context.candidate.email },
    job: { id: context.job.id, title: context.job.title, status: context.job.status },
    terms: offer.terms,
    cost: detail.cost,
    band: detail.band,
    approval: presentApproval(detail.state, detail.people),
    letter: {
      templateKey: offer.customLetter ? 'custom' : (offer.letterTemplateKey ?? null),
      customLetter: offer.customLetter,
      title: detail.letter.title,
      preview: detail.letterText,
    },
    acceptance: offer.acceptance,
    declinedReason: offer.declinedReason,
    createdBy: context.creator && { id: context.creator.id, name: context.creator.name },
  };
}
