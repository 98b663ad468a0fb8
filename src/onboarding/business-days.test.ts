import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessCalendar,
  calendarDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  nthBusinessDay,
  previousBusinessDay,
} from './business-days.ts';

// 2026-03-02 is a Monday.
describe('business days', () => {
  it('skips weekends in both directions', () => {
    expect(addBusinessDays('2026-03-02', -2)).toBe('2026-02-26');
    expect(addBusinessDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addBusinessDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(addBusinessDays('2026-03-04', 0)).toBe('2026-03-04');
  });

  it('skips holidays', () => {
    const calendar = businessCalendar(['2026-03-04']);
    expect(isBusinessDay('2026-03-04', calendar)).toBe(false);
    expect(addBusinessDays('2026-03-03', 1, calendar)).toBe('2026-03-05');
    expect(addBusinessDays('2026-03-05', -1, calendar)).toBe('2026-03-03');
    expect(nthBusinessDay('2026-03-02', 5, calendar)).toBe('2026-03-09');
  });

  it('moves to the next or previous business day', () => {
    expect(nextBusinessDay('2026-03-07')).toBe('2026-03-09');
    expect(nextBusinessDay('2026-03-09')).toBe('2026-03-09');
    expect(previousBusinessDay('2026-03-08')).toBe('2026-03-06');
    expect(nthBusinessDay('2026-03-01', 1)).toBe('2026-03-02');
  });

  it('refuses an invalid holiday rather than ignoring it', () => {
    expect(() => businessCalendar(['2026-02-30'])).toThrow(RangeError);
  });

  it('counts calendar days across a daylight-saving change', () => {
    expect(calendarDaysBetween('2026-03-02', '2026-04-01')).toBe(30);
  });
});
