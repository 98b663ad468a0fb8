import { describe, expect, it } from 'vitest';
import { type UserRole, userRoles } from '../accounts/accounts.tables.ts';
import { coreAttributeIds } from './interview-plan.ts';
import {
  canSeeScorecard,
  meetsBar,
  overdueScorecards,
  ratingAnchorsFor,
  ratingScale,
  recommendations,
  redFlagIds,
  redFlags,
  type ScorecardVisibilityInput,
  type ScorecardVisibilityReason,
  scorecardDraftSchema,
  scorecardVisibility,
  submittedScorecardSchema,
} from './scorecard.ts';

describe('rating scale', () => {
  it('has four points and no neutral middle', () => {
    expect(ratingScale.map((level) => [level.rating, level.label])).toEqual([
      [1, 'Poor'],
      [2, 'Weak'],
      [3, 'Solid'],
      [4, 'Exceptional'],
    ]);
    expect(ratingScale.map((level) => meetsBar(level.rating))).toEqual([false, false, true, true]);
  });

  it('anchors every built-in attribute with four distinct descriptions', () => {
    for (const id of coreAttributeIds) {
      const anchors = ratingAnchorsFor(id).map((level) => level.anchor);
      expect(anchors, id).toHaveLength(4);
      expect(new Set(anchors).size, id).toBe(4);
    }
  });

  it('says what a 1 and a 4 sound like for testing discipline', () => {
    const [poor, , , exceptional] = ratingAnchorsFor('testing-discipline');
    expect(poor).toMatchObject({ rating: 1, label: 'Poor' });
    expect(poor!.anchor).toMatch(/No tests/);
    expect(exceptional!.anchor).toMatch(/testing strategy/);
  });

  it('anchors skills by category with their name, and anything else generically', () => {
    const postgres = ratingAnchorsFor({ id: 'postgresql', name: 'PostgreSQL', category: 'databases' });
    expect(postgres[2]!.anchor).toBe(
      'Designs a sensible PostgreSQL schema, uses indexes and transactions correctly, reads a query plan.',
    );
    expect(ratingAnchorsFor({ id: 'cobol', category: null })[0]!.anchor).toContain('cobol');
    expect(ratingAnchorsFor('cobol').every((level) => level.anchor.includes('cobol'))).toBe(true);
  });

  it('offers four recommendations without a neutral one, and a labelled red-flag checklist', () => {
    expect(recommendations).toEqual(['strong_no', 'no', 'yes', 'strong_yes']);
    for (const id of redFlagIds) expect(redFlags[id].label.length, id).toBeGreaterThan(3);
  });
});

describe('scorecard schemas', () => {
  const focus = [
    { id: 'postgresql', name: 'PostgreSQL' },
    { id: 'communication', name: 'Communication' },
  ];
  const complete = {
    ratings: { postgresql: 3, communication: 4 },
    notes: { communication: 'Explained the cache invalidation trade-off to our PM in two sentences.' },
    redFlags: ['slow-communication'],
    recommendation: 'yes',
    summary: 'Solid.',
  };
  const messages = (input: unknown) => {
    const result = submittedScorecardSchema(focus).safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts a partial draft and fills defaults', () => {
    expect(scorecardDraftSchema.parse({ ratings: { postgresql: 2 } })).toEqual({
      ratings: { postgresql: 2 },
      notes: {},
      redFlags: [],
      recommendation: null,
      summary: '',
    });
  });

  it.each([0, 5, 2.5, '3'])('rejects the rating %s', (rating) => {
    expect(scorecardDraftSchema.safeParse({ ratings: { postgresql: rating } }).success).toBe(false);
  });

  it('rejects unknown and repeated red flags', () => {
    expect(scorecardDraftSchema.safeParse({ redFlags: ['rude'] }).success).toBe(false);
    expect(scorecardDraftSchema.safeParse({ redFlags: ['blames-others', 'blames-others'] }).success).toBe(
      false,
    );
  });

  it('accepts a complete submitted scorecard', () => {
    expect(messages(complete)).toEqual([]);
    expect(submittedScorecardSchema(['postgresql', 'communication']).safeParse(complete).success).toBe(true);
  });

  it('requires a rating for every focus attribute', () => {
    expect(messages({ ...complete, ratings: { communication: 4 } })).toEqual(['Rate PostgreSQL.']);
  });

  it('requires an overall recommendation', () => {
    expect(messages({ ...complete, recommendation: null })).toEqual(['Choose an overall recommendation.']);
    const { recommendation: _, ...without } = complete;
    expect(messages(without)).toEqual(['Choose an overall recommendation.']);
  });

  it('rejects ratings and notes on attributes the interview does not assess', () => {
    expect(
      messages({
        ...complete,
        ratings: { ...complete.ratings, kafka: 3 },
        notes: { ...complete.notes, ownership: 'x' },
      }),
    ).toEqual([
      '"kafka" is not assessed in this interview.',
      '"ownership" is not assessed in this interview.',
    ]);
  });

  it('requires evidence for a 1 or a 4', () => {
    expect(messages({ ...complete, notes: {} })).toEqual([
      'A rating of 4 (Exceptional) needs a line of evidence: what did they say or do?',
    ]);
    expect(
      messages({ ...complete, ratings: { postgresql: 1, communication: 4 }, notes: { postgresql: ' ' } }),
    ).toEqual([
      'A rating of 1 (Poor) needs a line of evidence: what did they say or do?',
      'A rating of 4 (Exceptional) needs a line of evidence: what did they say or do?',
    ]);
  });
});

describe('canSeeScorecard: the visibility rule', () => {
  // For someone else's SUBMITTED scorecard: [visible before the viewer submitted their own, after].
  // Written out by hand so a change to the rule has to change this table.
  const othersSubmitted: Record<
    UserRole,
    { jobHiringManager: [boolean, boolean]; other: [boolean, boolean] }
  > = {
    admin: { jobHiringManager: [true, true], other: [true, true] },
    hiring_manager: { jobHiringManager: [true, true], other: [false, true] },
    recruiter: { jobHiringManager: [true, true], other: [false, true] },
    interviewer: { jobHiringManager: [true, true], other: [false, true] },
  };

  it('the table covers every account role', () => {
    expect(Object.keys(othersSubmitted).sort()).toEqual([...userRoles].sort());
  });

  type Row = {
    role: UserRole;
    isJobHiringManager: boolean;
    own: boolean;
    submitted: boolean;
    viewerHasSubmitted: boolean;
    expected: boolean;
  };
  const rows: Row[] = userRoles.flatMap((role) =>
    [true, false].flatMap((isJobHiringManager) =>
      [true, false].flatMap((own) =>
        [true, false].flatMap((submitted) =>
          [true, false].map((viewerHasSubmitted): Row => {
            const expected = own
              ? true // your own, draft or submitted
              : !submitted
                ? false // someone else's draft: nobody, not even admins
                : othersSubmitted[role][isJobHiringManager ? 'jobHiringManager' : 'other'][
                    viewerHasSubmitted ? 1 : 0
                  ];
            return { role, isJobHiringManager, own, submitted, viewerHasSubmitted, expected };
          }),
        ),
      ),
    ),
  );

  it('has all 64 combinations', () => {
    expect(rows).toHaveLength(userRoles.length * 16);
  });

  it.each(rows)(
    '$role (job hiring manager: $isJobHiringManager) · own: $own · submitted: $submitted · viewer submitted: $viewerHasSubmitted → $expected',
    ({ role, isJobHiringManager, own, submitted, viewerHasSubmitted, expected }) => {
      const input: ScorecardVisibilityInput = {
        viewer: { userId: 'viewer', role, isJobHiringManager },
        scorecard: { authorId: own ? 'viewer' : 'someone-else', submittedAt: submitted ? new Date() : null },
        viewerHasSubmittedForCandidate: viewerHasSubmitted,
      };
      expect(canSeeScorecard(input)).toBe(expected);
      expect(scorecardVisibility(input).visible).toBe(expected);
    },
  );

  it('gives the reason, so a UI can say what to do', () => {
    const reason = (
      role: UserRole,
      authorId: string,
      submittedAt: Date | string | null,
      submitted = false,
      isJobHiringManager = false,
    ): ScorecardVisibilityReason =>
      scorecardVisibility({
        viewer: { userId: 'me', role, isJobHiringManager },
        scorecard: { authorId, submittedAt },
        viewerHasSubmittedForCandidate: submitted,
      }).reason;
    const at = new Date('2026-03-02T10:00:00Z');
    expect(reason('interviewer', 'me', null)).toBe('own');
    expect(reason('admin', 'other', null)).toBe('draft_of_other');
    expect(reason('admin', 'other', at)).toBe('admin');
    expect(reason('interviewer', 'other', at, false, true)).toBe('job_hiring_manager');
    expect(reason('interviewer', 'other', at, true)).toBe('panelist_submitted');
    expect(reason('interviewer', 'other', at)).toBe('submit_yours_first');
    // Timestamps serialised as JSON strings count as submitted too.
    expect(reason('interviewer', 'other', at.toISOString(), true)).toBe('panelist_submitted');
    expect(reason('interviewer', 'other', '', true)).toBe('draft_of_other');
  });

  it('never treats an empty user id as the author', () => {
    expect(
      canSeeScorecard({
        viewer: { userId: '', role: 'interviewer', isJobHiringManager: false },
        scorecard: { authorId: '', submittedAt: null },
        viewerHasSubmittedForCandidate: true,
      }),
    ).toBe(false);
  });
});

describe('overdueScorecards', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const items = [
    { id: 'fresh', interviewerId: 'a', endedAt: hoursAgo(10), submittedAt: null },
    { id: 'exactly-a-day', interviewerId: 'b', endedAt: hoursAgo(24), submittedAt: null },
    { id: 'late', interviewerId: 'c', endedAt: hoursAgo(30), submittedAt: null },
    { id: 'very-late', interviewerId: 'd', endedAt: hoursAgo(72), submittedAt: null },
    { id: 'done', interviewerId: 'e', endedAt: hoursAgo(72), submittedAt: hoursAgo(60) },
    { id: 'upcoming', interviewerId: 'f', endedAt: hoursAgo(-2), submittedAt: null },
  ];

  it('lists unsubmitted scorecards more than 24 hours after the interview, most overdue first', () => {
    expect(overdueScorecards(items, { now }).map((item) => [item.id, item.hoursSinceEnd])).toEqual([
      ['very-late', 72],
      ['late', 30],
    ]);
  });

  it('takes another limit', () => {
    expect(overdueScorecards(items, { now, afterHours: 4 }).map((item) => item.id)).toEqual([
      'very-late',
      'late',
      'exactly-a-day',
      'fresh',
    ]);
  });
});
