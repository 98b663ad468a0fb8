import { describe, expect, it } from 'vitest';
import {
  type ApprovalChainInput,
  type ApprovalDecision,
  approvalChainSchema,
  approvalState,
  canDecide,
  chainsThatApply,
  isWordingFix,
  restartOnChange,
  upcomingApprovers,
} from './approvals.ts';
import { bandCheck } from './offer-terms.ts';
import { contractTerms, fullTimeTerms, paidTrialTerms } from './test-fixtures.ts';

const chain = (input: ApprovalChainInput) => approvalChainSchema.parse(input);

/** Hiring manager, then two of the three founders. */
const standard = chain({
  id: 'standard',
  name: 'Every offer',
  steps: [
    { name: 'Hiring manager', approverIds: ['manager'] },
    { name: 'Founders', approverIds: ['ana', 'ben', 'cleo'], required: 2 },
  ],
});
const outsideBand = chain({
  id: 'finance',
  name: 'Outside the band',
  appliesWhen: 'when_outside_band',
  steps: [{ name: 'Finance', approverIds: ['finn'] }],
});

let clock = 0;
function decide(
  approverId: string,
  chainId: string,
  stepIndex: number,
  decision: 'approve' | 'reject' = 'approve',
): ApprovalDecision {
  clock += 1;
  return {
    chainId,
    stepIndex,
    approverId,
    decision,
    comment: '',
    decidedAt: new Date(Date.UTC(2026, 1, 1, 9, clock)).toISOString(),
  };
}

describe('approval chain schema', () => {
  it('refuses N greater than M and a duplicated approver', () => {
    const issues = (input: unknown) =>
      approvalChainSchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(
      issues({ id: 'x', name: 'Too many', steps: [{ name: 'Board', approverIds: ['a', 'b'], required: 3 }] }),
    ).toEqual(['A step cannot need more approvals than it has approvers.']);
    expect(issues({ id: 'x', name: 'Twice', steps: [{ name: 'Board', approverIds: ['a', 'a'] }] })).toEqual([
      'Each approver can appear only once in a step.',
    ]);
  });
});

describe('chainsThatApply', () => {
  const range = { salary: { currency: 'USD', min: 140_000, max: 180_000, period: 'year' as const } };

  it('adds the out-of-band chain only when the offer is outside the range', () => {
    const within = bandCheck(fullTimeTerms({ baseSalary: 160_000 }), range);
    const above = bandCheck(fullTimeTerms({ baseSalary: 200_000 }), range);
    const below = bandCheck(fullTimeTerms({ baseSalary: 120_000 }), range);
    expect(chainsThatApply([standard, outsideBand], within).map((c) => c.id)).toEqual(['standard']);
    expect(chainsThatApply([standard, outsideBand], above).map((c) => c.id)).toEqual(['standard', 'finance']);
    expect(chainsThatApply([standard, outsideBand], below).map((c) => c.id)).toEqual(['standard', 'finance']);
  });

  it('treats another currency as outside the band, and a role without a range as not', () => {
    const euros = bandCheck(fullTimeTerms({ currency: 'EUR' }), range);
    expect(chainsThatApply([outsideBand], euros)).toHaveLength(1);
    expect(chainsThatApply([outsideBand], bandCheck(fullTimeTerms(), { salary: null }))).toEqual([]);
  });
});

describe('approvalState', () => {
  it('needs no approval when no chain applies', () => {
    const state = approvalState([], []);
    expect(state).toMatchObject({ status: 'approved', approvalRequired: false, current: null });
  });

  it('runs steps in order: later approvers wait for the earlier step', () => {
    const early = decide('ana', 'standard', 1);
    const state = approvalState(standard, [early]);
    expect(state.status).toBe('pending');
    expect(state.steps.map((step) => step.status)).toEqual(['pending', 'waiting']);
    expect(state.current).toMatchObject({ chainId: 'standard', stepIndex: 0, awaiting: ['manager'] });
    expect(state.ignored).toEqual([{ decision: early, reason: 'not_current_step' }]);
    expect(canDecide('ana', state)).toBe(false);
    expect(canDecide('manager', state)).toBe(true);
    expect(upcomingApprovers(state)).toEqual(['ana', 'ben', 'cleo']);
  });

  it('passes a step at N of M approvals', () => {
    const afterManager = approvalState(standard, [decide('manager', 'standard', 0)]);
    expect(afterManager.current).toMatchObject({
      stepIndex: 1,
      stillNeeded: 2,
      awaiting: ['ana', 'ben', 'cleo'],
    });
    expect(canDecide('manager', afterManager)).toBe(false);

    const oneFounder = approvalState(standard, [
      decide('manager', 'standard', 0),
      decide('ben', 'standard', 1),
    ]);
    expect(oneFounder.status).toBe('pending');
    expect(oneFounder.current).toMatchObject({ stillNeeded: 1, awaiting: ['ana', 'cleo'] });
    expect(canDecide('ben', oneFounder)).toBe(false);

    const twoFounders = approvalState(standard, [
      decide('manager', 'standard', 0),
      decide('ben', 'standard', 1),
      decide('cleo', 'standard', 1),
    ]);
    expect(twoFounders.status).toBe('approved');
    expect(twoFounders.steps.map((step) => step.status)).toEqual(['approved', 'approved']);
    expect(twoFounders.current).toBeNull();
    expect(canDecide('ana', twoFounders)).toBe(false);
  });

  it('counts each approver once per step and ignores people who are not approvers', () => {
    const state = approvalState(standard, [
      decide('manager', 'standard', 0),
      decide('ben', 'standard', 1),
      decide('ben', 'standard', 1),
      decide('mallory', 'standard', 1),
    ]);
    expect(state.status).toBe('pending');
    expect(state.ignored.map((entry) => entry.reason)).toEqual(['already_decided', 'not_an_approver']);
  });

  it('rejects the offer on one rejection by an approver of the current step', () => {
    const decisions = [
      decide('manager', 'standard', 0),
      decide('ana', 'standard', 1),
      decide('cleo', 'standard', 1, 'reject'),
      decide('ben', 'standard', 1),
    ];
    const rejection = decisions[2];
    const state = approvalState(standard, decisions);
    expect(state.status).toBe('rejected');
    expect(state.rejectedBy).toBe(rejection);
    expect(state.steps.map((step) => step.status)).toEqual(['approved', 'rejected']);
    expect(state.ignored.map((entry) => entry.reason)).toEqual(['approval_closed']);
    expect(canDecide('ben', state)).toBe(false);
  });

  it('ignores a rejection from a later step before its turn', () => {
    const state = approvalState(standard, [decide('ana', 'standard', 1, 'reject')]);
    expect(state.status).toBe('pending');
  });

  it('runs applying chains one after another', () => {
    const decisions = [
      decide('manager', 'standard', 0),
      decide('finn', 'finance', 0),
      decide('ana', 'standard', 1),
      decide('ben', 'standard', 1),
    ];
    const pending = approvalState([standard, outsideBand], decisions);
    expect(pending.current).toMatchObject({ chainId: 'finance', stepIndex: 0, awaiting: ['finn'] });
    expect(pending.ignored.map((entry) => entry.decision.approverId)).toEqual(['finn']);
    const approved = approvalState([standard, outsideBand], [...decisions, decide('finn', 'finance', 0)]);
    expect(approved.status).toBe('approved');
  });

  it('replays decisions by time, whatever order they are passed in', () => {
    const first = decide('manager', 'standard', 0);
    const second = decide('ana', 'standard', 1);
    expect(approvalState(standard, [second, first]).current).toMatchObject({ stepIndex: 1, stillNeeded: 1 });
  });
});

describe('restartOnChange', () => {
  const base = fullTimeTerms({
    benefits: ['Health, dental and vision insurnace', '401(k) with a 4% match'],
    equity: { type: 'options', amount: 10_000 },
  });

  it('restarts on any change to money, dates, engagement model or equity', () => {
    expect(restartOnChange(base, { ...base, baseSalary: 155_000 })).toMatchObject({
      restart: true,
      changes: [{ path: 'baseSalary', kind: 'money' }],
    });
    expect(restartOnChange(base, { ...base, startDate: '2026-03-09' }).changes).toEqual([
      { path: 'startDate', kind: 'dates' },
    ]);
    const vesting = {
      ...base,
      equity: {
        type: 'options' as const,
        amount: 10_000,
        unit: 'shares' as const,
        estimatedValue: null,
        vesting: { years: 3, cliffMonths: 12, frequency: 'monthly' as const },
      },
    };
    expect(restartOnChange(base, vesting)).toMatchObject({
      restart: true,
      changes: [{ path: 'equity.vesting.years', kind: 'equity' }],
    });
    expect(restartOnChange(base, { ...base, bonus: { type: 'target_percent', percent: 10 } }).restart).toBe(
      true,
    );
    expect(restartOnChange(base, contractTerms)).toMatchObject({
      restart: true,
      changes: [{ path: 'engagement', kind: 'engagement' }],
    });
    expect(restartOnChange(contractTerms, { ...contractTerms, hoursPerWeek: 30 }).restart).toBe(true);
  });

  it('restarts on other terms too: location and notice', () => {
    const moved = restartOnChange(base, {
      ...base,
      location: { workplace: 'onsite', description: 'Austin' },
    });
    expect(moved.restart).toBe(true);
    expect(moved.changes.every((change) => change.kind === 'terms')).toBe(true);
    expect(restartOnChange(contractTerms, { ...contractTerms, noticeWeeks: 4 }).restart).toBe(true);
  });

  it('keeps approvals for a typo fix in a benefit or a success criterion', () => {
    const fixed = restartOnChange(base, {
      ...base,
      benefits: ['Health, dental and vision insurance', '401(k) with a 4% match'],
    });
    expect(fixed).toMatchObject({ restart: false, changes: [{ path: 'benefits.0', kind: 'wording' }] });
    const criteria = paidTrialTerms.successCriteria;
    expect(
      restartOnChange(paidTrialTerms, {
        ...paidTrialTerms,
        successCriteria: [criteria[0]!.replace('endpoint', 'end-point'), criteria[1]!],
      }).restart,
    ).toBe(false);
  });

  it('restarts when a benefit’s numbers change, or one is added, removed or rewritten', () => {
    const list = (benefits: string[]) => restartOnChange(base, { ...base, benefits }).restart;
    expect(list(['Health, dental and vision insurnace', '401(k) with a 6% match'])).toBe(true);
    expect(list(['Health, dental and vision insurnace'])).toBe(true);
    expect(list([...base.benefits, 'Gym membership'])).toBe(true);
    expect(list(['Health insurance only', '401(k) with a 4% match'])).toBe(true);
  });

  it('does not restart when nothing changed', () => {
    expect(restartOnChange(base, structuredClone(base))).toEqual({
      restart: false,
      changes: [],
      reason: 'Nothing changed.',
    });
  });

  it('tells a wording fix from a real change', () => {
    expect(isWordingFix('Home-office budget', 'Home office budget')).toBe(true);
    expect(isWordingFix('Remote-frist culture', 'Remote-first culture')).toBe(true);
    expect(isWordingFix('25 days paid time off', '30 days paid time off')).toBe(false);
    expect(isWordingFix('Gym membership', 'Learning budget')).toBe(false);
  });
});
