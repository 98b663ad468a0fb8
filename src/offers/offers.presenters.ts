import { type ApprovalState, canDecide } from './approvals.ts';
import { effectiveStatus, type OfferView, type offerDetail } from './offers.service.ts';
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

/** A list row: the summary with the names, cost, band and approval progress a reader scans for. */
export function presentOfferListItem(view: OfferView, userId: string) {
  const { state } = view;
  const current = state.current && state.steps[state.current.position];
  return {
    ...presentOfferSummary(view.offer),
    candidate: view.candidate,
    job: view.job,
    cost: { total: view.cost.total, currency: view.cost.currency, period: view.cost.period },
    band: view.band && { status: view.band.status, message: view.band.message },
    approval: {
      status: state.status,
      required: state.approvalRequired,
      steps: state.steps.length,
      approvedSteps: state.steps.filter((step) => step.status === 'approved').length,
      currentStep: current ? current.name : null,
      waitingForYou: view.offer.status === 'pending_approval' && canDecide(userId, state),
    },
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
    history: detail.history.map(({ row, actor }) => ({
      action: row.action.replace(/^offer\./, ''),
      at: row.createdAt.toISOString(),
      actor: actor && { id: actor.id, name: actor.name },
      ...historyDetail(row.data),
    })),
    createdBy: context.creator && { id: context.creator.id, name: context.creator.name },
  };
}

/** The few audit fields the history shows; never the full before/after terms or the IP address. */
function historyDetail(data: unknown) {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
  return {
    comment: text(record.comment),
    reason: text(record.reason),
    expiresAt: text(record.expiresAt),
    round: typeof record.round === 'number' ? record.round : null,
    approvedWithoutChain: record.approvedWithoutChain === true,
  };
}
