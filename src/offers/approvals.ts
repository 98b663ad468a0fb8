import { z } from 'zod';
import { type BandCheck, isOutsideBand, type OfferTerms } from './offer-terms.ts';

/**
 * Offer approvals: an organisation's chains of ordered steps, each needing N of its M approvers. A pure
 * state machine: the state is always recomputed from the chains and the recorded decisions, so what the
 * approvers see, what the API allows and what the audit log says cannot drift apart.
 */

// ─── Chains ──────────────────────────────────────────────────────────────────────────────────────────

export const approvalTriggers = ['always', 'when_outside_band'] as const;
export type ApprovalTrigger = (typeof approvalTriggers)[number];

const userId = z.string().trim().min(1).max(80);

export const approvalStepSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    approverIds: z.array(userId).min(1).max(20),
    /** How many of the approvers must approve: N of M. */
    required: z.number().int().min(1).default(1),
  })
  .refine((step) => new Set(step.approverIds).size === step.approverIds.length, {
    message: 'Each approver can appear only once in a step.',
    path: ['approverIds'],
  })
  .refine((step) => step.required <= step.approverIds.length, {
    message: 'A step cannot need more approvals than it has approvers.',
    path: ['required'],
  });
export type ApprovalStep = z.infer<typeof approvalStepSchema>;

export const approvalChainSchema = z.object({
  id: z.string().trim().min(1).max(80),
  name: z.string().trim().min(2).max(120),
  appliesWhen: z.enum(approvalTriggers).default('always'),
  steps: z.array(approvalStepSchema).min(1).max(10),
});
export type ApprovalChain = z.infer<typeof approvalChainSchema>;
export type ApprovalChainInput = z.input<typeof approvalChainSchema>;

/**
 * The chains an offer must pass, in the organisation's order. "Outside the band" means below or above the
 * range, or in another currency (which cannot be verified); an offer for a role with no range is not
 * outside a band, so only `always` chains apply to it.
 */
export function chainsThatApply(chains: readonly ApprovalChain[], band: BandCheck): ApprovalChain[] {
  const outside = isOutsideBand(band);
  return chains.filter((chain) => chain.appliesWhen === 'always' || outside);
}

// ─── Decisions ───────────────────────────────────────────────────────────────────────────────────────

export const approvalDecisionSchema = z.object({
  chainId: z.string().min(1),
  /** Zero-based index of the step in its chain. */
  stepIndex: z.number().int().min(0),
  approverId: userId,
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(2000).default(''),
  decidedAt: z.iso.datetime({ offset: true }),
});
export type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;

// ─── State ───────────────────────────────────────────────────────────────────────────────────────────

/** `waiting`: a later step, not yet reached (or never reached, after a rejection). */
export type StepStatus = 'waiting' | 'pending' | 'approved' | 'rejected';
export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

export type StepState = {
  chainId: string;
  chainName: string;
  stepIndex: number;
  name: string;
  approverIds: string[];
  required: number;
  status: StepStatus;
  approvals: ApprovalDecision[];
  rejection: ApprovalDecision | null;
};

export type IgnoredDecision = {
  decision: ApprovalDecision;
  reason: 'approval_closed' | 'not_current_step' | 'not_an_approver' | 'already_decided';
};

export type ApprovalState = {
  /** Approved with no steps when no chain applies: nothing to wait for. */
  status: ApprovalStatus;
  approvalRequired: boolean;
  /** Every step of every applying chain, in the order they run. */
  steps: StepState[];
  /** The step whose approvers may act now; null once approved or rejected. */
  current: {
    chainId: string;
    stepIndex: number;
    /** Position in `steps`. */
    position: number;
    /** Approvers of the current step who have not decided yet. */
    awaiting: string[];
    /** Approvals still needed to pass the step. */
    stillNeeded: number;
  } | null;
  rejectedBy: ApprovalDecision | null;
  /** Decisions that could not count (out of turn, not an approver, a second vote): kept for the audit view. */
  ignored: IgnoredDecision[];
};

/**
 * Replays the decisions, oldest first, through the chains run one after another. Only the current step's
 * approvers may act, each once; the step passes at N approvals, and one rejection by an approver of the
 * current step rejects the offer. Pass only the decisions made since the terms last changed (see
 * `restartOnChange`).
 */
export function approvalState(
  chains: ApprovalChain | readonly ApprovalChain[],
  decisions: readonly ApprovalDecision[],
): ApprovalState {
  const list: readonly ApprovalChain[] = 'steps' in chains ? [chains] : chains;
  const steps: StepState[] = list.flatMap((chain) =>
    chain.steps.map((step, stepIndex) => ({
      chainId: chain.id,
      chainName: chain.name,
      stepIndex,
      name: step.name,
      approverIds: [...step.approverIds],
      required: step.required,
      status: 'waiting' as StepStatus,
      approvals: [],
      rejection: null,
    })),
  );
  const ignored: IgnoredDecision[] = [];
  let position = 0;
  let rejectedBy: ApprovalDecision | null = null;
  if (steps[0]) steps[0].status = 'pending';

  // Stable sort: decisions recorded in the same instant keep their recorded order.
  const ordered = decisions
    .map((decision, index) => ({ decision, index, at: Date.parse(decision.decidedAt) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ decision }) => decision);

  for (const decision of ordered) {
    const step = steps[position];
    if (!step || rejectedBy) {
      ignored.push({ decision, reason: 'approval_closed' });
      continue;
    }
    if (decision.chainId !== step.chainId || decision.stepIndex !== step.stepIndex) {
      ignored.push({ decision, reason: 'not_current_step' });
      continue;
    }
    if (!step.approverIds.includes(decision.approverId)) {
      ignored.push({ decision, reason: 'not_an_approver' });
      continue;
    }
    if (step.approvals.some((approval) => approval.approverId === decision.approverId)) {
      ignored.push({ decision, reason: 'already_decided' });
      continue;
    }
    if (decision.decision === 'reject') {
      step.status = 'rejected';
      step.rejection = decision;
      rejectedBy = decision;
      continue;
    }
    step.approvals.push(decision);
    if (step.approvals.length >= step.required) {
      step.status = 'approved';
      position += 1;
      const next = steps[position];
      if (next) next.status = 'pending';
    }
  }

  const currentStep = rejectedBy ? undefined : steps[position];
  const status: ApprovalStatus = rejectedBy ? 'rejected' : currentStep ? 'pending' : 'approved';
  return {
    status,
    approvalRequired: steps.length > 0,
    steps,
    current: currentStep
      ? {
          chainId: currentStep.chainId,
          stepIndex: currentStep.stepIndex,
          position,
          awaiting: currentStep.approverIds.filter(
            (id) => !currentStep.approvals.some((approval) => approval.approverId === id),
          ),
          stillNeeded: currentStep.required - currentStep.approvals.length,
        }
      : null,
    rejectedBy,
    ignored,
  };
}

/** Whether `userId` may approve or reject now: an approver of the current step who has not decided yet. */
export function canDecide(userId: string, state: ApprovalState): boolean {
  return state.status === 'pending' && state.current !== null && state.current.awaiting.includes(userId);
}

/** Everyone who will be asked later in the chain (not the current step): for "what happens next" in the UI. */
export function upcomingApprovers(state: ApprovalState): string[] {
  if (!state.current) return [];
  const later = state.steps.slice(state.current.position + 1).flatMap((step) => step.approverIds);
  return [...new Set(later)];
}

// ─── Restart on change ───────────────────────────────────────────────────────────────────────────────

export type TermsChangeKind = 'engagement' | 'money' | 'dates' | 'equity' | 'terms' | 'wording';

export type TermsChange = {
  /** Dot path of the changed field, e.g. "baseSalary", "equity.vesting.years" or "benefits.2". */
  path: string;
  kind: TermsChangeKind;
};

export type RestartDecision = {
  restart: boolean;
  changes: TermsChange[];
  /** One sentence for the audit log and the approvers' e-mail. */
  reason: string;
};

const moneyFields = new Set([
  'currency',
  'baseSalary',
  'bonus',
  'signingBonus',
  'rate',
  'hoursPerWeek',
  'durationWeeks',
  'lengthWeeks',
  'intendedSalary',
]);
const dateFields = new Set(['startDate', 'conversionDate']);
const equityFields = new Set(['equity', 'intendedEquity']);
/** Free-text lists where a spelling fix is not a new offer. */
const proseLists = new Set(['benefits', 'successCriteria']);

function kindOf(path: string): Exclude<TermsChangeKind, 'wording'> {
  const field = path.split('.')[0]!;
  if (field === 'engagement') return 'engagement';
  if (moneyFields.has(field)) return 'money';
  if (dateFields.has(field)) return 'dates';
  if (equityFields.has(field)) return 'equity';
  return 'terms';
}

/** Leaf paths whose values differ between two plain JSON-like values. */
function changedPaths(before: unknown, after: unknown, prefix: string, out: string[]) {
  if (Object.is(before, after)) return;
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null;
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  out.push(prefix);
}

const digits = (text: string) => text.replace(/\D/g, '');
const letters = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Edit distance with transpositions (optimal string alignment), capped early: only small values matter. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * A wording fix: the same numbers, and the same words up to case, spacing and punctuation or up to two
 * typed characters. "Dental insurnace" → "Dental insurance" is one; "4% match" → "6% match" is not.
 */
export function isWordingFix(before: string, after: string): boolean {
  if (digits(before) !== digits(after)) return false;
  const a = letters(before);
  const b = letters(after);
  return a === b || editDistance(a, b, 2) <= 2;
}

/**
 * Whether an edit to an offer sends it back to the first approver. Anything that changes what the candidate
 * is offered restarts approval: money (salary, rate, hours, length, bonus, currency), dates, the engagement
 * model, equity, and every other term (location, notice). The one exception is a wording fix inside a
 * benefit or a success criterion that keeps the list the same length: approvers approved that benefit, not
 * its spelling. Adding, removing or rewriting a list item restarts.
 */
export function restartOnChange(previous: OfferTerms, next: OfferTerms): RestartDecision {
  if (previous.engagement !== next.engagement) {
    return {
      restart: true,
      changes: [{ path: 'engagement', kind: 'engagement' }],
      reason: `The engagement model changed from ${previous.engagement} to ${next.engagement}; approval starts again.`,
    };
  }
  const paths: string[] = [];
  changedPaths(previous, next, '', paths);
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const changes = paths.map((path): TermsChange => {
    const [field, index, ...rest] = path.split('.');
    if (field && proseLists.has(field) && index !== undefined && rest.length === 0) {
      const oldList = before[field] as string[];
      const newList = after[field] as string[];
      const oldItem = oldList[Number(index)];
      const newItem = newList[Number(index)];
      if (
        oldList.length === newList.length &&
        oldItem !== undefined &&
        newItem !== undefined &&
        isWordingFix(oldItem, newItem)
      ) {
        return { path, kind: 'wording' };
      }
    }
    return { path, kind: kindOf(path) };
  });
  const material = changes.filter((change) => change.kind !== 'wording');
  if (changes.length === 0) return { restart: false, changes, reason: 'Nothing changed.' };
  if (material.length === 0) {
    return {
      restart: false,
      changes,
      reason: 'Only wording was corrected; the approvals already given still stand.',
    };
  }
  const kinds = [...new Set(material.map((change) => change.kind))];
  const words: Record<Exclude<TermsChangeKind, 'wording'>, string> = {
    engagement: 'the engagement model',
    money: 'pay',
    dates: 'dates',
    equity: 'equity',
    terms: 'other terms',
  };
  const changed = kinds.map((kind) => words[kind as Exclude<TermsChangeKind, 'wording'>]);
  return {
    restart: true,
    changes,
    reason: `The offer’s ${changed.join(', ')} changed (${material.map((change) => change.path).join(', ')}); approval starts again.`,
  };
}
