import { describe, expect, it } from 'vitest';
import {
  applyEngagementDecision,
  type Engagement,
  engagementDecisionSchema,
  engagementSchema,
  engagementStatus,
  type ReplacementApplication,
  replacementCandidates,
} from './engagements.ts';

const trial: Engagement = { kind: 'paid_trial', startDate: '2026-03-02', endDate: '2026-03-13' };
const contractToHire: Engagement = {
  kind: 'contract_to_hire',
  startDate: '2026-03-02',
  endDate: '2026-05-29',
};
const why = 'Shipped both criteria early and the team wants to keep working with her.';

describe('engagements', () => {
  it('refuses an end before the start', () => {
    expect(engagementSchema.safeParse({ ...trial, endDate: '2026-03-01' }).success).toBe(false);
  });

  it('knows when the decision is due: a trial on its last day, a contract two weeks before the end', () => {
    expect(engagementStatus(trial, '2026-02-27')).toMatchObject({
      phase: 'upcoming',
      decisionDueOn: '2026-03-13',
    });
    expect(engagementStatus(trial, '2026-03-09')).toMatchObject({ phase: 'running', daysUntilEnd: 4 });
    expect(engagementStatus(trial, '2026-03-13').phase).toBe('decision_due');
    expect(engagementStatus(trial, '2026-03-16').phase).toBe('ended');
    expect(engagementStatus(contractToHire, '2026-05-14').phase).toBe('running');
    expect(engagementStatus(contractToHire, '2026-05-15')).toMatchObject({
      phase: 'decision_due',
      decisionDueOn: '2026-05-15',
    });
  });
});

describe('engagement decisions', () => {
  it('needs a written rationale, and a new end date to extend', () => {
    expect(engagementDecisionSchema.safeParse({ decision: 'convert', rationale: 'ok' }).success).toBe(false);
    expect(engagementDecisionSchema.safeParse({ decision: 'extend', rationale: why }).success).toBe(false);
    expect(engagementDecisionSchema.parse({ decision: 'end', rationale: why })).toEqual({
      decision: 'end',
      rationale: why,
      requestReplacement: false,
    });
  });

  it('extends the end date, and refuses an extension that does not extend', () => {
    const extend = engagementDecisionSchema.parse({
      decision: 'extend',
      rationale: why,
      newEndDate: '2026-03-27',
    });
    expect(applyEngagementDecision(trial, extend)).toEqual({
      engagement: { ...trial, endDate: '2026-03-27' },
      outcome: 'extended',
      reopenJob: false,
    });
    const shorter = engagementDecisionSchema.parse({
      decision: 'extend',
      rationale: why,
      newEndDate: '2026-03-10',
    });
    expect(() => applyEngagementDecision(trial, shorter)).toThrow(/must end after the current end date/);
  });

  it('reopens the job when the engagement ends with a replacement request', () => {
    const end = engagementDecisionSchema.parse({ decision: 'end', rationale: why, requestReplacement: true });
    expect(applyEngagementDecision(contractToHire, end)).toMatchObject({ outcome: 'ended', reopenJob: true });
  });
});

describe('replacementCandidates', () => {
  const application = (
    candidateId: string,
    overrides: Partial<ReplacementApplication> = {},
  ): ReplacementApplication => ({
    applicationId: `app-${candidateId}`,
    candidateId,
    candidateName: candidateId,
    status: 'active',
    stage: 'system_design',
    scorecardAverage: null,
    exerciseScore: null,
    ...overrides,
  });
  const pipeline = [
    application('left', { status: 'hired', stage: 'hired', scorecardAverage: 4, exerciseScore: 100 }),
    application('active-strong', { scorecardAverage: 3.5, exerciseScore: 90, scorecardCount: 3 }),
    application('late-reject', {
      status: 'rejected',
      stage: 'references',
      scorecardAverage: 3.2,
      exerciseScore: 80,
    }),
    application('filled', {
      status: 'rejected',
      stage: 'system_design',
      rejectionReason: 'position_filled',
      scorecardAverage: 3,
    }),
    application('early-reject', {
      status: 'rejected',
      stage: 'screen',
      scorecardAverage: 4,
      exerciseScore: 100,
    }),
    application('withdrawn', { status: 'withdrawn', stage: 'offer', scorecardAverage: 4 }),
    application('exercise-only', { stage: 'practical', exerciseScore: 70 }),
    application('new', { stage: 'applied' }),
  ];

  it('excludes the candidate who left, even with the best scores', () => {
    const ranked = replacementCandidates(pipeline, 'left');
    expect(ranked.map((candidate) => candidate.candidateId)).not.toContain('left');
    // Even if their application is still marked active.
    const stillActive = pipeline.map((entry) =>
      entry.candidateId === 'left' ? { ...entry, status: 'active' as const } : entry,
    );
    expect(
      replacementCandidates(stillActive, 'left').map((candidate) => candidate.candidateId),
    ).not.toContain('left');
  });

  it('ranks active and late-rejected candidates by scorecards and exercise', () => {
    const ranked = replacementCandidates(pipeline, 'left');
    expect(ranked.map((candidate) => [candidate.rank, candidate.candidateId, candidate.basis])).toEqual([
      [1, 'active-strong', 'scorecards_and_exercise'],
      [2, 'late-reject', 'scorecards_and_exercise'],
      [3, 'exercise-only', 'exercise'],
      [4, 'filled', 'scorecards'],
      [5, 'new', 'no_evidence'],
    ]);
    expect(ranked[0]!.score).toBe(0.86);
    expect(ranked[1]!.reason).toBe(
      'Rejected late, at references; scorecards average 3.2 of 4, exercise 80/100.',
    );
    expect(ranked[3]!.reason).toContain('position was filled');
    expect(ranked.at(-1)!.score).toBeNull();
  });

  it('follows the organisation’s late stages, weights and limit', () => {
    const ranked = replacementCandidates(pipeline, 'left', {
      lateStages: ['screen'],
      scorecardWeight: 1,
      limit: 2,
    });
    expect(ranked.map((candidate) => candidate.candidateId)).toEqual(['early-reject', 'active-strong']);
  });
});
