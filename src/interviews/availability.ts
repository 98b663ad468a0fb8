import { DateTime, IANAZone } from 'luxon';

/**
 * Pure: the free interview slots from interviewers' published availability and their bookings, and how a
 * candidate sees them in their own time zone. Every interval is half-open [start, end) on UTC instants, so
 * one interview ending at 10:00 and the next starting at 10:00 do not clash. Time-zone rules come from
 * luxon (the ICU time-zone data of Node), never from fixed offsets.
 */

export type Interval = { start: Date; end: Date };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type AvailabilityWindow =
  | { kind: 'once'; interviewerId: string; start: Date; end: Date }
  | {
      kind: 'weekly';
      interviewerId: string;
      weekday: Weekday;
      /** Local wall-clock time, HH:mm. */
      startTime: string;
      /** Local wall-clock time, HH:mm ("24:00" is midnight); at or before startTime means the next day. */
      endTime: string;
      /** The interviewer's IANA time zone: the window keeps its local times across daylight-saving changes. */
      timeZone: string;
    };

/** An existing booking (or any other time the interviewer cannot take an interview). */
export type BusyInterval = Interval & { interviewerId: string; interviewId?: string };

export type SlotQuery = {
  /** The interviewers of this interview, in the order slots should name them. */
  interviewerIds: string[];
  windows: AvailabilityWindow[];
  busy: BusyInterval[];
  durationMinutes: number;
  /** Slots start every `stepMinutes` from the start of the window they are in. */
  stepMinutes: number;
  /** No slot starts sooner than this after `now`. */
  minimumNoticeMinutes: number;
  /** No slot ends later than this after `now`. */
  horizonDays: number;
  /** Free time kept around every booking, so interviews are not back to back. */
  bufferMinutes?: number;
  now: Date;
  /** 'all': a panel, every interviewer free at once. 'any': one of them is enough. */
  mode: 'all' | 'any';
};

/** `interviewerIds`: everyone free for the slot (for 'all', always every interviewer of the query). */
export type Slot = Interval & { interviewerIds: string[] };

export type PresentedSlot = Slot & {
  /** ISO 8601 with the candidate's offset, e.g. 2026-03-30T18:30:00+05:30. */
  localStartIso: string;
  /** HH:mm in the candidate's zone. */
  localStart: string;
  localEnd: string;
  /** e.g. "UTC+5:30", "UTC-4", "UTC". */
  offsetLabel: string;
  offsetMinutes: number;
};

export type SlotDay = {
  /** The candidate's calendar day, YYYY-MM-DD. */
  date: string;
  /** e.g. "Tuesday 31 March 2026" (in `locale`). */
  label: string;
  slots: PresentedSlot[];
};

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/**
 * The bookings that stop `interviewerId` from taking `interval`: empty means no double booking.
 * `exceptInterviewId` leaves out the interview being rescheduled, which must not clash with itself.
 */
export function conflictsFor(
  interviewerId: string,
  interval: Interval,
  busy: BusyInterval[],
  options: { exceptInterviewId?: string } = {},
): BusyInterval[] {
  return busy.filter(
    (booking) =>
      booking.interviewerId === interviewerId &&
      (options.exceptInterviewId === undefined || booking.interviewId !== options.exceptInterviewId) &&
      overlaps(booking, interval),
  );
}

/**
 * The concrete intervals of availability windows that touch `range`, sorted by start. A weekly window is
 * laid out on the interviewer's own calendar days: 09:00–17:00 Europe/London is 09:00–17:00Z in winter
 * and 08:00–16:00Z in summer.
 */
export function expandWindows(
  windows: AvailabilityWindow[],
  range: Interval,
): (Interval & { interviewerId: string })[] {
  const expanded: (Interval & { interviewerId: string })[] = [];
  for (const window of windows) {
    if (window.kind === 'once') {
      assertInterval(window, 'An availability window');
      if (overlaps(window, range)) {
        expanded.push({ interviewerId: window.interviewerId, start: window.start, end: window.end });
      }
      continue;
    }
    assertZone(window.timeZone);
    if (!Number.isInteger(window.weekday) || window.weekday < 1 || window.weekday > 7) {
      throw new RangeError(`weekday must be 1 (Monday) to 7 (Sunday), got ${window.weekday}.`);
    }
    const from = parseTime(window.startTime, false);
    const to = parseTime(window.endTime, true);
    const endsNextDay = to.hour * 60 + to.minute <= from.hour * 60 + from.minute;
    // One day either side: a window on the interviewer's calendar day may reach into the range's.
    let day = DateTime.fromJSDate(range.start, { zone: window.timeZone }).startOf('day').minus({ days: 1 });
    const lastDay = DateTime.fromJSDate(range.end, { zone: window.timeZone })
      .startOf('day')
      .plus({ days: 1 });
    while (day <= lastDay) {
      if (day.weekday === window.weekday) {
        const start = atLocalTime(day, from);
        const end = atLocalTime(endsNextDay ? day.plus({ days: 1 }) : day, to);
        // A window wholly inside a spring-forward gap collapses to nothing.
        const interval = { start, end };
        if (start < end && overlaps(interval, range)) {
          expanded.push({ interviewerId: window.interviewerId, ...interval });
        }
      }
      day = day.plus({ days: 1 });
    }
  }
  return expanded.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Every slot of `durationMinutes` inside the published availability that no booking (plus buffer) touches. */
export function freeSlots(query: SlotQuery): Slot[] {
  validateQuery(query);
  const duration = query.durationMinutes * MINUTE_MS;
  const step = query.stepMinutes * MINUTE_MS;
  const buffer = (query.bufferMinutes ?? 0) * MINUTE_MS;
  const earliest = query.now.getTime() + query.minimumNoticeMinutes * MINUTE_MS;
  const latest = query.now.getTime() + query.horizonDays * DAY_MS;
  if (earliest + duration > latest) return [];
  const range = { start: new Date(earliest), end: new Date(latest) };

  const expanded = expandWindows(
    query.windows.filter((window) => query.interviewerIds.includes(window.interviewerId)),
    range,
  );
  const openOf = (id: string) =>
    union(expanded.filter((window) => window.interviewerId === id).map(toMillis));
  const busyOf = new Map(
    query.interviewerIds.map((id) => [
      id,
      union(
        query.busy
          .filter((booking) => booking.interviewerId === id)
          .map((booking) => ({
            start: booking.start.getTime() - buffer,
            end: booking.end.getTime() + buffer,
          })),
      ),
    ]),
  );

  const startsIn = (open: Span[], ids: string[]) => {
    const starts: number[] = [];
    for (const segment of open) {
      // Skip whole steps up to the notice, so slots stay on the window's grid (09:00, 09:30 …).
      const skipped = Math.max(0, Math.ceil((earliest - segment.start) / step));
      for (let start = segment.start + skipped * step; start + duration <= segment.end; start += step) {
        if (start + duration > latest) break;
        const slot = { start, end: start + duration };
        if (ids.every((id) => !busyOf.get(id)!.some((booking) => spansOverlap(booking, slot)))) {
          starts.push(start);
        }
      }
    }
    return starts;
  };

  if (query.mode === 'all') {
    const open = query.interviewerIds.map(openOf).reduce(intersect);
    return startsIn(open, query.interviewerIds).map((start) => ({
      start: new Date(start),
      end: new Date(start + duration),
      interviewerIds: [...query.interviewerIds],
    }));
  }

  const freeBy = new Map<number, Set<string>>();
  for (const id of query.interviewerIds) {
    for (const start of startsIn(openOf(id), [id])) {
      freeBy.set(start, (freeBy.get(start) ?? new Set()).add(id));
    }
  }
  return [...freeBy.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, ids]) => ({
      start: new Date(start),
      end: new Date(start + duration),
      interviewerIds: query.interviewerIds.filter((id) => ids.has(id)),
    }));
}

/**
 * The slot starting at `start` when it is still offered: the check to repeat when the candidate picks one,
 * since someone else may have booked the interviewers meanwhile.
 */
export function findSlot(query: SlotQuery, start: Date): Slot | undefined {
  return freeSlots(query).find((slot) => slot.start.getTime() === start.getTime());
}

/** Slots grouped by the candidate's calendar day, with local times and the UTC offset in force then. */
export function presentSlots(slots: Slot[], timeZone: string, options: { locale?: string } = {}): SlotDay[] {
  assertZone(timeZone);
  const locale = options.locale ?? 'en-GB';
  const days = new Map<string, SlotDay>();
  for (const slot of [...slots].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const start = DateTime.fromJSDate(slot.start, { zone: timeZone }).setLocale(locale);
    const end = DateTime.fromJSDate(slot.end, { zone: timeZone });
    const date = start.toISODate()!;
    let day = days.get(date);
    if (!day) {
      day = { date, label: start.toFormat('cccc d LLLL yyyy'), slots: [] };
      days.set(date, day);
    }
    day.slots.push({
      ...slot,
      localStartIso: start.toISO({ suppressMilliseconds: true })!,
      localStart: start.toFormat('HH:mm'),
      localEnd: end.toFormat('HH:mm'),
      offsetLabel: start.offset === 0 ? 'UTC' : `UTC${start.toFormat('Z')}`,
      offsetMinutes: start.offset,
    });
  }
  return [...days.values()];
}

type Span = { start: number; end: number };

const toMillis = (interval: Interval): Span => ({
  start: interval.start.getTime(),
  end: interval.end.getTime(),
});
const spansOverlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Sorted, non-overlapping spans; touching spans are joined. */
function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function intersect(a: Span[], b: Span[]): Span[] {
  const result: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) result.push({ start, end });
    if (a[i]!.end < b[j]!.end) i += 1;
    else j += 1;
  }
  return result;
}

/**
 * The first instant whose local wall-clock time in `day`'s zone is `time`, or later. A time the clocks skip
 * (02:30 on the day New York jumps from 02:00 to 03:00) is the moment of the jump, so a window wholly
 * inside the gap is empty and no slot is offered at a time the interviewer's clock never shows. A time
 * that happens twice (fall back) is its first occurrence.
 */
function atLocalTime(day: DateTime, time: { hour: number; minute: number }): Date {
  const date = day.plus({ days: Math.floor(time.hour / 24) });
  const local = date.set({ hour: time.hour % 24, minute: time.minute });
  if (local.hour === time.hour % 24 && local.minute === time.minute) {
    return new Date(Math.min(...local.getPossibleOffsets().map((candidate) => candidate.toMillis())));
  }
  // luxon moved the time forward by the gap; search back for the jump itself.
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour % 24, time.minute);
  const wallAt = (instant: number) => instant + local.zone.offset(instant) * MINUTE_MS;
  let before = local.toMillis() - DAY_MS;
  let after = local.toMillis();
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallAt(middle) >= wall) after = middle;
    else before = middle;
  }
  return new Date(after);
}

function parseTime(value: string, allowMidnightEnd: boolean): { hour: number; minute: number } {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  const valid = match && ((hour < 24 && minute < 60) || (allowMidnightEnd && hour === 24 && minute === 0));
  if (!valid) throw new RangeError(`Expected a time as HH:mm, got "${value}".`);
  return { hour, minute };
}

function assertZone(timeZone: string) {
  if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}".`);
}

function assertInterval(interval: Interval, what: string) {
  if (Number.isNaN(interval.start.getTime()) || Number.isNaN(interval.end.getTime())) {
    throw new RangeError(`${what} has an invalid date.`);
  }
  if (interval.end <= interval.start) throw new RangeError(`${what} must end after it starts.`);
}

function validateQuery(query: SlotQuery) {
  const positive = { durationMinutes: query.durationMinutes, stepMinutes: query.stepMinutes };
  for (const [name, value] of Object.entries(positive)) {
    if (!Number.isInteger(value) || value <= 0)
      throw new RangeError(`${name} must be a whole number above 0.`);
  }
  const notNegative = {
    minimumNoticeMinutes: query.minimumNoticeMinutes,
    bufferMinutes: query.bufferMinutes ?? 0,
  };
  for (const [name, value] of Object.entries(notNegative)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number of 0 or more.`);
  }
  if (!(query.horizonDays > 0)) throw new RangeError('horizonDays must be greater than 0.');
  if (Number.isNaN(query.now.getTime())) throw new RangeError('now is an invalid date.');
  if (query.interviewerIds.length === 0) throw new RangeError('An interview needs at least one interviewer.');
  for (const booking of query.busy) assertInterval(booking, 'A busy interval');
}
