import { addDays, daysBetween, isWeekend, parseIsoDate, toIsoDate } from '../planning/dates.ts';

/**
 * Business-day arithmetic over YYYY-MM-DD dates: Monday to Friday, minus the organisation's holidays.
 * Built on the planner's UTC calendar-day helpers, so a date never drifts with a time zone.
 */

export type BusinessCalendar = { holidays: ReadonlySet<string> };

export function businessCalendar(holidays: Iterable<string> = []): BusinessCalendar {
  // Parsing validates every holiday up front: a typo in the list must fail loudly, not be ignored.
  return { holidays: new Set([...holidays].map((day) => toIsoDate(parseIsoDate(day)))) };
}

const noHolidays = businessCalendar();

export function isBusinessDay(isoDate: string, calendar: BusinessCalendar = noHolidays): boolean {
  return !isWeekend(parseIsoDate(isoDate)) && !calendar.holidays.has(isoDate);
}

export function addCalendarDays(isoDate: string, days: number): string {
  return toIsoDate(addDays(parseIsoDate(isoDate), days));
}

/** The same day when it is a business day, otherwise the next one. */
export function nextBusinessDay(isoDate: string, calendar: BusinessCalendar = noHolidays): string {
  let day = toIsoDate(parseIsoDate(isoDate));
  while (!isBusinessDay(day, calendar)) day = addCalendarDays(day, 1);
  return day;
}

/** The same day when it is a business day, otherwise the one before. */
export function previousBusinessDay(isoDate: string, calendar: BusinessCalendar = noHolidays): string {
  let day = toIsoDate(parseIsoDate(isoDate));
  while (!isBusinessDay(day, calendar)) day = addCalendarDays(day, -1);
  return day;
}

/**
 * Moves `count` business days away from `isoDate` (forward when positive, back when negative); the day
 * itself is not counted. Two business days before a Monday is the Thursday before.
 */
export function addBusinessDays(
  isoDate: string,
  count: number,
  calendar: BusinessCalendar = noHolidays,
): string {
  if (!Number.isInteger(count)) throw new RangeError('count must be a whole number of business days.');
  const step = count < 0 ? -1 : 1;
  let day = toIsoDate(parseIsoDate(isoDate));
  for (let remaining = Math.abs(count); remaining > 0; ) {
    day = addCalendarDays(day, step);
    if (isBusinessDay(day, calendar)) remaining -= 1;
  }
  return day;
}

/** The n-th business day of a period whose first business day is `firstDay` (n = 1 is `firstDay`). */
export function nthBusinessDay(firstDay: string, n: number, calendar: BusinessCalendar = noHolidays): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a whole number of at least 1.');
  return addBusinessDays(nextBusinessDay(firstDay, calendar), n - 1, calendar);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return daysBetween(parseIsoDate(from), parseIsoDate(to));
}
