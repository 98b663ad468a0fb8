import { z } from 'zod';
import { addBusinessDays, calendarDaysBetween, previousBusinessDay } from '../onboarding/business-days.ts';

/**
 * Paid trials, contracts and contract-to-hire (PRODUCT.md §3): an engagement with a start and an end, the
 * decision at its end (convert, extend or end, always with the reason written down) and, when someone
 * leaves, the next-best candidates already in the job's pipeline. Pure: "today" comes in as an argument.
 */

export const engagementKinds = ['paid_trial', 'contract', 'contract_to_hire'] as const;
export type EngagementKind = (typeof engagementKinds)[number];

const isoDate = z.iso.date('Use a date as YYYY-MM-DD.');

export const engagementSchema = z
  .object({
    kind: z.enum(engagementKinds),
    startDate: isoDate,
    /** The last working day. */
    endDate: isoDate,
  })
  .refine((engagement) => engagement.endDate >= engagement.startDate, {
    message: 'The end date cannot be before the start date.',
    path: ['endDate'],
  });
export type Engagement = z.infer<typeof engagementSchema>;

// ─── Status ──────────────────────────────────────────────────────────────────────────────────────────

/** Business days before the end when the decision is due: a trial decides on its last day, contracts in time to give notice. */
const decisionLeadDays: Record<EngagementKind, number> = {
  paid_trial: 0,
  contract: 10,
  contract_to_hire: 10,
};

export type EngagementPhase = 'upcoming' | 'running' | 'decision_due' | 'ended';

export type EngagementStatus = {
  phase: EngagementPhase;
  /** When the convert / extend / end decision should be made. */
  decisionDueOn: string;
  /** Calendar days from today to the end date (negative once it has passed). */
  daysUntilEnd: number;
};

export function engagementStatus(engagement: Engagement, today: string): EngagementStatus {
  const lastDay = previousBusinessDay(engagement.endDate);
  const decisionDueOn = addBusinessDays(lastDay, -decisionLeadDays[engagement.kind]);
  const due = decisionDueOn < engagement.startDate ? engagement.startDate : decisionDueOn;
  const phase: EngagementPhase =
    today < engagement.startDate
      ? 'upcoming'
      : today > engagement.endDate
        ? 'ended'
        : today >= due
          ? 'decision_due'
          : 'running';
  return { phase, decisionDueOn: due, daysUntilEnd: calendarDaysBetween(today, engagement.endDate) };
}

// ─── The decision at the end ─────────────────────────────────────────────────────────────────────────

const rationale = z
  .string()
  .trim()
  .min(20, 'Write down the reason in a sentence or two: it is what the next reviewer will read.')
  .max(4000);

export const engagementDecisionSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('convert'),
    rationale,
    /** When the permanent role starts; the day after the engagement's end when not given. */
    conversionDate: isoDate.nullable().default(null),
  }),
  z.object({ decision: z.literal('extend'), rationale, newEndDate: isoDate }),
  z.object({
    decision: z.literal('end'),
    rationale,
    /** Reopen the job and list the next-best candidates from its pipeline. */
    requestReplacement: z.boolean().default(false),
  }),
]);
export type EngagementDecision = z.infer<typeof engagementDecisionSchema>;
export type EngagementDecisionInput = z.input<typeof engagementDecisionSchema>;

/** What is wrong with a decision for this engagement, in words for the person making it. */
export function decisionProblems(engagement: Engagement, decision: EngagementDecision): string[] {
  switch (decision.decision) {
    case 'extend':
      return decision.newEndDate > engagement.endDate
        ? []
        : [`An extension must end after the current end date (${engagement.endDate}).`];
    case 'convert':
      return decision.conversionDate !== null && decision.conversionDate < engagement.startDate
        ? ['The conversion date cannot be before the engagement started.']
        : [];
    case 'end':
      return [];
  }
}

export type DecisionOutcome = {
  engagement: Engagement;
  outcome: 'converted' | 'extended' | 'ended';
  /** Reopen the job: the person is leaving and a replacement was asked for. */
  reopenJob: boolean;
};

/** The engagement after the decision. Throws a RangeError naming the problem when the decision does not fit. */
export function applyEngagementDecision(
  engagement: Engagement,
  decision: EngagementDecision,
): DecisionOutcome {
  const problems = decisionProblems(engagement, decision);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  switch (decision.decision) {
    case 'extend':
      return {
        engagement: { ...engagement, endDate: decision.newEndDate },
        outcome: 'extended',
        reopenJob: false,
      };
    case 'convert':
      return { engagement, outcome: 'converted', reopenJob: false };
    case 'end':
      return { engagement, outcome: 'ended', reopenJob: decision.requestReplacement };
  }
}

// ─── Replacement candidates ──────────────────────────────────────────────────────────────────────────

export type ReplacementApplication = {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  status: 'active' | 'rejected' | 'withdrawn' | 'hired';
  /** The stage key the application is in, or was in when it was closed. */
  stage: string;
  rejectionReason?: string | null;
  /** Average rating of the submitted scorecards, on the 1–4 scale; null without any. */
  scorecardAverage: number | null;
  scorecardCount?: number;
  /** The practical exercise's score, 0–100; null when not taken or not graded yet. */
  exerciseScore: number | null;
};

export type ReplacementOptions = {
  /** Stages late enough that a candidate rejected there deserves a second look. */
  lateStages?: readonly string[];
  /** The scorecards' share of the combined score; the exercise has the rest. */
  scorecardWeight?: number;
  limit?: number;
};

export type ReplacementCandidate = ReplacementApplication & {
  rank: number;
  /** 0–1: scorecards and exercise combined; null when there is no evidence yet. */
  score: number | null;
  basis: 'scorecards_and_exercise' | 'scorecards' | 'exercise' | 'no_evidence';
  /** Why they are on the list, in plain words. */
  reason: string;
};

/** The default pipeline's stages after the technical rounds (see pipeline/stages.ts). */
export const defaultLateStages = ['behavioural', 'references', 'offer'] as const;

const evidence = (value: number | null, min: number, max: number) =>
  value === null || !Number.isFinite(value) ? null : Math.min(1, Math.max(0, (value - min) / (max - min)));

/**
 * The job's next-best candidates after someone left: those still active, and those rejected late (at a late
 * stage, or because the position was filled), ranked by their scorecards and exercise. The candidate who
 * left is never on the list, whatever their scores, and neither are hired or withdrawn candidates.
 */
export function replacementCandidates(
  applications: readonly ReplacementApplication[],
  leftCandidateId: string,
  options: ReplacementOptions = {},
): ReplacementCandidate[] {
  const lateStages = new Set(options.lateStages ?? defaultLateStages);
  const weight = Math.min(1, Math.max(0, options.scorecardWeight ?? 0.6));
  const eligible = applications.filter((application) => {
    if (application.candidateId === leftCandidateId) return false;
    if (application.status === 'active') return true;
    if (application.status !== 'rejected') return false;
    return lateStages.has(application.stage) || application.rejectionReason === 'position_filled';
  });
  const scored = eligible.map((application) => {
    const scorecards = evidence(application.scorecardAverage, 1, 4);
    const exercise = evidence(application.exerciseScore, 0, 100);
    const score =
      scorecards !== null && exercise !== null
        ? weight * scorecards + (1 - weight) * exercise
        : (scorecards ?? exercise);
    const basis: ReplacementCandidate['basis'] =
      scorecards !== null && exercise !== null
        ? 'scorecards_and_exercise'
        : scorecards !== null
          ? 'scorecards'
          : exercise !== null
            ? 'exercise'
            : 'no_evidence';
    const parts = [
      application.scorecardAverage !== null
        ? `scorecards average ${application.scorecardAverage.toFixed(1)} of 4`
        : null,
      application.exerciseScore !== null ? `exercise ${Math.round(application.exerciseScore)}/100` : null,
    ].filter((part): part is string => part !== null);
    const where =
      application.status === 'active'
        ? `Still in the pipeline (${application.stage})`
        : application.rejectionReason === 'position_filled'
          ? 'Turned down only because the position was filled'
          : `Rejected late, at ${application.stage}`;
    const reason = `${where}; ${parts.length > 0 ? parts.join(', ') : 'no scorecards or exercise yet'}.`;
    return { ...application, score: score === null ? null : Math.round(score * 1000) / 1000, basis, reason };
  });
  scored.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      (b.scorecardCount ?? 0) - (a.scorecardCount ?? 0) ||
      Number(b.status === 'active') - Number(a.status === 'active') ||
      a.candidateName.localeCompare(b.candidateName),
  );
  const limited = options.limit === undefined ? scored : scored.slice(0, options.limit);
  return limited.map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}
