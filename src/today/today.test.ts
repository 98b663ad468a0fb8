import { describe, expect, it } from 'vitest';
import { daysInStage, isStalled } from '../pipeline/stages.ts';
import { handInScopeOf, jobScopeOf, orderSections, scorecardOverdueBefore, todayWindow } from './today.ts';

describe('today window', () => {
  it('is the reader’s own calendar day, not the server’s', () => {
    // 23:30 UTC on Tuesday 3 March 2026 is already Wednesday in Tokyo and still Tuesday in New York.
    const now = new Date('2026-03-03T23:30:00Z');
    expect(todayWindow(now, 'UTC')).toEqual({
      date: '2026-03-03',
      start: new Date('2026-03-03T00:00:00Z'),
      end: new Date('2026-03-04T00:00:00Z'),
      lookaheadUntil: '2026-03-09',
    });
    const tokyo = todayWindow(now, 'Asia/Tokyo');
    expect(tokyo.date).toBe('2026-03-04');
    expect(tokyo.start).toEqual(new Date('2026-03-03T15:00:00Z'));
    expect(todayWindow(now, 'America/New_York').date).toBe('2026-03-03');
  });

  it('has 23 hours on the day the clocks go forward', () => {
    const window = todayWindow(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(window.end.getTime() - window.start.getTime()).toBe(23 * 3_600_000);
  });
});

describe('today rules', () => {
  it('calls a scorecard overdue a day after the interview ended', () => {
    const now = new Date('2026-03-03T12:00:00Z');
    const before = scorecardOverdueBefore(now);
    expect(new Date('2026-03-02T11:59:00Z') < before).toBe(true);
    expect(new Date('2026-03-02T12:30:00Z') < before).toBe(false);
  });

  it('gives admins and recruiters every open job, everyone else the jobs they own', () => {
    expect(jobScopeOf('admin')).toBe('all');
    expect(jobScopeOf('recruiter')).toBe('all');
    expect(jobScopeOf('hiring_manager')).toBe('owned');
    expect(jobScopeOf('interviewer')).toBe('owned');
  });

  it('asks only the people who may review to review hand-ins', () => {
    expect(handInScopeOf('admin')).toBe('all');
    expect(handInScopeOf('hiring_manager')).toBe('mine');
    expect(handInScopeOf('interviewer')).toBe('mine');
    expect(handInScopeOf('recruiter')).toBeNull();
  });

  it('keeps the sections with something in them, the most pressing first', () => {
    const sections = orderSections([
      { kind: 'new_applications', count: 4 },
      { kind: 'stalled_candidates', count: 0 },
      { kind: 'scorecards', count: 1 },
      { kind: 'offer_approvals', count: 2 },
    ]);
    expect(sections.map((section) => section.kind)).toEqual([
      'offer_approvals',
      'scorecards',
      'new_applications',
    ]);
    expect(orderSections([{ kind: 'onboarding_items', count: 0 }])).toEqual([]);
  });

  // The stalled query writes the board's rule in SQL as "entered at least targetDays + 1 days ago".
  it('matches the board’s stalled rule at the boundary the query uses', () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const target = 3;
    const boundary = new Date(now.getTime() - (target + 1) * 86_400_000);
    const justAfter = new Date(boundary.getTime() + 60_000);
    expect(isStalled({ status: 'active', stageEnteredAt: boundary }, { targetDays: target }, now)).toBe(true);
    expect(isStalled({ status: 'active', stageEnteredAt: justAfter }, { targetDays: target }, now)).toBe(
      false,
    );
    expect(daysInStage(boundary, now)).toBe(target + 1);
  });
});
