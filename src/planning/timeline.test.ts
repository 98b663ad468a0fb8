import { afterEach, describe, expect, it } from 'vitest';
import { addBusinessDays, addDays, daysBetween, nextWeekday, parseIsoDate, toIsoDate } from './dates.ts';
import { hiringTimeline } from './timeline.ts';

const utc = (isoDate: string) => parseIsoDate(isoDate);
const milestone = (timeline: ReturnType<typeof hiringTimeline>, key: string) =>
  timeline.milestones.find((item) => item.key === key)!;

describe('hiringTimeline', () => {
  it('plans a mid-level job-board search from 2027-01-11: offer accepted in 35–45 days, start after notice', () => {
    const timeline = hiringTimeline({
      today: utc('2027-01-11'),
      seniority: 'mid',
      channel: 'job_board',
      noticePeriodWeeks: 2,
    });
    expect(timeline.milestones.map((item) => item.key)).toEqual([
      'sourcing_starts',
      'first_technical_screen',
      'final_interview',
      'offer',
      'offer_accepted',
      'start_date',
    ]);
    expect(timeline.timeToHireDays).toEqual({ min: 35, expected: 41, max: 45 });
    const accepted = milestone(timeline, 'offer_accepted');
    expect(accepted).toMatchObject({
      date: '2027-02-21',
      rangeEarliest: '2027-02-15',
      rangeLatest: '2027-02-25',
    });
    const offer = milestone(timeline, 'offer');
    expect(offer.dayOffset).toBeGreaterThanOrEqual(35);
    expect(offer.dayOffset).toBeLessThanOrEqual(45);
    const start = milestone(timeline, 'start_date');
    expect(daysBetween(utc(accepted.date), utc(start.date))).toBeGreaterThanOrEqual(14);
    expect(start.date).toBe('2027-03-08');
    expect(timeline.totalDays).toBe(56);
    expect(timeline.q4Effect.applied).toBe(false);
    // Sourcing, not evaluation, is the bottleneck: 2–4 weeks to the first screen.
    expect(milestone(timeline, 'first_technical_screen')).toMatchObject({
      rangeEarliest: '2027-01-25',
      rangeLatest: '2027-02-08',
    });
  });

  it('keeps milestones in order with each window around its date', () => {
    for (const channel of [
      'job_board',
      'agency',
      'referral',
      'vetted_network',
      'managed_subscription',
    ] as const) {
      for (const seniority of ['junior', 'mid', 'senior'] as const) {
        const timeline = hiringTimeline({ today: utc('2026-11-27'), seniority, channel });
        let previous = '';
        for (const item of timeline.milestones) {
          expect(item.rangeEarliest <= item.date && item.date <= item.rangeLatest).toBe(true);
          expect(item.date >= previous).toBe(true);
          previous = item.date;
        }
      }
    }
  });

  it('finishes the same search sooner when it starts in Q4', () => {
    const january = hiringTimeline({
      today: utc('2027-01-11'),
      seniority: 'mid',
      channel: 'job_board',
      noticePeriodWeeks: 2,
    });
    const october = hiringTimeline({
      today: utc('2026-10-12'),
      seniority: 'mid',
      channel: 'job_board',
      noticePeriodWeeks: 2,
    });
    expect(october.totalDays).toBeLessThan(january.totalDays);
    expect(october.timeToHireDays.expected).toBeLessThan(january.timeToHireDays.expected);
    expect(october.q4Effect.applied).toBe(true);
    expect(october.q4Effect.note).toContain('42%');
  });

  it('moves interviews and first days off weekends', () => {
    const timeline = hiringTimeline({
      today: utc('2027-01-11'),
      seniority: 'senior',
      channel: 'agency',
      noticePeriodWeeks: 3,
    });
    for (const key of ['first_technical_screen', 'final_interview', 'offer', 'start_date']) {
      const weekday = utc(milestone(timeline, key).date).getUTCDay();
      expect(weekday === 0 || weekday === 6).toBe(false);
    }
  });

  it('starts a managed subscription the next business day, with no notice period', () => {
    const friday = hiringTimeline({
      today: utc('2026-10-16'),
      seniority: 'mid',
      channel: 'managed_subscription',
    });
    expect(milestone(friday, 'start_date').date).toBe('2026-10-19');
    expect(friday.noticePeriodApplied).toBe(false);
    expect(friday.q4Effect.applied).toBe(false);
  });

  it('starts a freelancer within 3–5 days', () => {
    const timeline = hiringTimeline({
      today: utc('2026-06-02'),
      seniority: 'mid',
      channel: 'freelance_marketplace',
    });
    expect(timeline.totalDaysRange).toEqual({ min: 3, max: 6 });
  });
});

describe('dates never drift across daylight-saving changes', () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  // US clocks change on 2026-03-08 and 2026-11-01, EU clocks on 2026-03-29 and 2026-10-25.
  const starts = ['2026-03-02', '2026-10-12'];

  it('gives every milestone the date its day offset says, in any server time zone', () => {
    const results = new Set<string>();
    for (const timeZone of ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney']) {
      process.env.TZ = timeZone;
      for (const start of starts) {
        for (const channel of ['job_board', 'agency'] as const) {
          const timeline = hiringTimeline({
            today: utc(start),
            seniority: 'senior',
            channel,
            noticePeriodWeeks: 4,
          });
          const [year, month, day] = start.split('-').map(Number) as [number, number, number];
          for (const item of timeline.milestones) {
            const expected = new Date(Date.UTC(year, month - 1, day + item.dayOffset))
              .toISOString()
              .slice(0, 10);
            expect(item.date).toBe(expected);
          }
          results.add(`${start} ${channel} ${JSON.stringify(timeline.milestones)}`);
        }
      }
    }
    expect(results.size).toBe(starts.length * 2);
  });

  it('adds days across the change dates without losing or gaining one', () => {
    process.env.TZ = 'America/New_York';
    expect(toIsoDate(addDays(utc('2026-03-07'), 1))).toBe('2026-03-08');
    expect(toIsoDate(addDays(utc('2026-03-07'), 2))).toBe('2026-03-09');
    expect(toIsoDate(addDays(utc('2026-10-31'), 2))).toBe('2026-11-02');
    process.env.TZ = 'Europe/Berlin';
    expect(toIsoDate(addDays(utc('2026-03-28'), 2))).toBe('2026-03-30');
    expect(toIsoDate(addDays(utc('2026-10-24'), 2))).toBe('2026-10-26');
    expect(daysBetween(utc('2026-03-01'), utc('2026-04-01'))).toBe(31);
    expect(toIsoDate(addBusinessDays(utc('2026-03-27'), 1))).toBe('2026-03-30');
    expect(toIsoDate(nextWeekday(utc('2026-10-25')))).toBe('2026-10-26');
  });

  it('refuses dates that do not exist', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('12/01/2026')).toThrow(RangeError);
  });
});
