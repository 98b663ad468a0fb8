import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type AvailabilityWindow,
  type BusyInterval,
  conflictsFor,
  expandWindows,
  findSlot,
  freeSlots,
  overlaps,
  presentSlots,
  type Slot,
  type SlotQuery,
  type Weekday,
} from './availability.ts';

const at = (iso: string) => new Date(iso);
const utc = (slots: Slot[]) => slots.map((slot) => slot.start.toISOString().slice(0, 16));
const weekly = (
  interviewerId: string,
  weekday: Weekday,
  timeZone: string,
  startTime = '09:00',
  endTime = '17:00',
): AvailabilityWindow => ({ kind: 'weekly', interviewerId, weekday, startTime, endTime, timeZone });
const range = (from: string, to: string) => ({ start: at(from), end: at(to) });

const base: SlotQuery = {
  interviewerIds: ['ana'],
  windows: [],
  busy: [],
  durationMinutes: 60,
  stepMinutes: 30,
  minimumNoticeMinutes: 0,
  horizonDays: 14,
  now: at('2026-03-01T00:00:00Z'),
  mode: 'all',
};

describe('overlaps and conflicts', () => {
  it('treats intervals as half-open: back-to-back is not a clash', () => {
    const nine = range('2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z');
    expect(overlaps(nine, range('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'))).toBe(false);
    expect(overlaps(nine, range('2026-03-02T09:59:00Z', '2026-03-02T11:00:00Z'))).toBe(true);
    expect(overlaps(nine, range('2026-03-02T09:15:00Z', '2026-03-02T09:45:00Z'))).toBe(true);
    expect(overlaps(range('2026-03-02T08:00:00Z', '2026-03-02T12:00:00Z'), nine)).toBe(true);
  });

  it("finds an interviewer's own clashing bookings, leaving out the interview being moved", () => {
    const busy: BusyInterval[] = [
      { interviewerId: 'ana', interviewId: 'i1', ...range('2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z') },
      { interviewerId: 'ana', interviewId: 'i2', ...range('2026-03-02T10:30:00Z', '2026-03-02T11:30:00Z') },
      { interviewerId: 'ben', interviewId: 'i3', ...range('2026-03-02T09:00:00Z', '2026-03-02T12:00:00Z') },
    ];
    const wanted = range('2026-03-02T09:30:00Z', '2026-03-02T10:30:00Z');
    expect(conflictsFor('ana', wanted, busy).map((b) => b.interviewId)).toEqual(['i1']);
    expect(conflictsFor('ana', wanted, busy, { exceptInterviewId: 'i1' })).toEqual([]);
    expect(conflictsFor('ben', wanted, busy).map((b) => b.interviewId)).toEqual(['i3']);
    expect(conflictsFor('cy', wanted, busy)).toEqual([]);
  });
});

describe('free slots', () => {
  const once: AvailabilityWindow = {
    kind: 'once',
    interviewerId: 'ana',
    ...range('2026-03-02T09:00:00Z', '2026-03-02T13:00:00Z'),
  };

  it('steps through a one-off window and leaves out slots touching a booking', () => {
    const busy: BusyInterval[] = [
      { interviewerId: 'ana', ...range('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z') },
    ];
    const slots = freeSlots({ ...base, windows: [once], busy });
    expect(utc(slots)).toEqual([
      '2026-03-02T09:00',
      '2026-03-02T11:00',
      '2026-03-02T11:30',
      '2026-03-02T12:00',
    ]);
    expect(slots[0]).toEqual({
      ...range('2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'),
      interviewerIds: ['ana'],
    });
  });

  it('keeps the buffer around bookings', () => {
    const busy: BusyInterval[] = [
      { interviewerId: 'ana', ...range('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z') },
    ];
    expect(utc(freeSlots({ ...base, windows: [once], busy, bufferMinutes: 15 }))).toEqual([
      '2026-03-02T11:30',
      '2026-03-02T12:00',
    ]);
  });

  it('never offers a slot that overlaps a booking, whatever the bookings', () => {
    const windows = [1, 2, 3, 4, 5].flatMap((weekday) => [
      weekly('ana', weekday as Weekday, 'Europe/London'),
      weekly('ben', weekday as Weekday, 'America/New_York'),
    ]);
    // A deterministic scatter of bookings of 15 to 120 minutes over two weeks.
    const busy: BusyInterval[] = Array.from({ length: 60 }, (_, index) => {
      const start = Date.UTC(2026, 2, 2) + ((index * 7_919) % (14 * 96)) * 15 * 60_000;
      return {
        interviewerId: index % 3 === 0 ? 'ben' : 'ana',
        start: new Date(start),
        end: new Date(start + (1 + (index % 8)) * 15 * 60_000),
      };
    });
    for (const mode of ['all', 'any'] as const) {
      const slots = freeSlots({
        ...base,
        interviewerIds: ['ana', 'ben'],
        windows,
        busy,
        mode,
        stepMinutes: 15,
      });
      expect(slots.length).toBeGreaterThan(20);
      for (const slot of slots) {
        for (const id of slot.interviewerIds) expect(conflictsFor(id, slot, busy)).toEqual([]);
      }
    }
  });

  it('respects the minimum notice and stays on the window grid', () => {
    const now = at('2026-03-02T10:10:00Z');
    const slots = freeSlots({
      ...base,
      windows: [1, 2, 3, 4, 5].map((weekday) => weekly('ana', weekday as Weekday, 'UTC')),
      now,
      minimumNoticeMinutes: 24 * 60,
      horizonDays: 3,
    });
    expect(slots[0]?.start).toEqual(at('2026-03-03T10:30:00Z'));
    expect(slots.every((slot) => slot.start.getTime() >= now.getTime() + 24 * 3_600_000)).toBe(true);
    expect(slots.every((slot) => slot.start.getUTCMinutes() % 30 === 0)).toBe(true);
    // The horizon: nothing ends after now + 3 days (Thursday 5 March 10:10).
    expect(slots.at(-1)?.end.getTime()).toBeLessThanOrEqual(at('2026-03-05T10:10:00Z').getTime());
    expect(utc(slots).at(-1)).toBe('2026-03-05T09:00');
  });

  it('offers a panel only the times when every interviewer is free (London and New York, March 2026)', () => {
    const windows = [weekly('ana', 1, 'Europe/London'), weekly('ben', 1, 'America/New_York')];
    const busy: BusyInterval[] = [
      { interviewerId: 'ana', ...range('2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z') },
    ];
    const slots = freeSlots({
      ...base,
      interviewerIds: ['ana', 'ben'],
      windows,
      busy,
      stepMinutes: 60,
      horizonDays: 31,
    });
    const byDay: Record<string, string[]> = {};
    for (const start of utc(slots)) byDay[start.slice(0, 10)] = [...(byDay[start.slice(0, 10)] ?? []), start];
    // Both on winter time: London 09–17Z, New York 14–22Z.
    expect(byDay['2026-03-02']).toEqual(['14:00', '15:00', '16:00'].map((t) => `2026-03-02T${t}`));
    // New York moved its clocks on 8 March, London not yet: 09–17Z and 13–21Z; Ana is busy 14–15Z.
    expect(byDay['2026-03-09']).toEqual(['13:00', '15:00', '16:00'].map((t) => `2026-03-09T${t}`));
    expect(byDay['2026-03-23']).toEqual(['13:00', '14:00', '15:00', '16:00'].map((t) => `2026-03-23T${t}`));
    // Both on summer time from 29 March: 08–16Z and 13–21Z.
    expect(byDay['2026-03-30']).toEqual(['13:00', '14:00', '15:00'].map((t) => `2026-03-30T${t}`));
    expect(slots.every((slot) => slot.interviewerIds.join() === 'ana,ben')).toBe(true);
  });

  it('offers any-of-them slots with who is free for each', () => {
    const windows = [weekly('ana', 1, 'Europe/London'), weekly('ben', 1, 'America/New_York')];
    const busy: BusyInterval[] = [
      { interviewerId: 'ben', ...range('2026-03-02T15:00:00Z', '2026-03-02T16:00:00Z') },
    ];
    const slots = freeSlots({
      ...base,
      interviewerIds: ['ana', 'ben'],
      windows,
      busy,
      mode: 'any',
      stepMinutes: 60,
      horizonDays: 2,
    });
    const who = Object.fromEntries(
      slots.map((slot) => [slot.start.toISOString().slice(11, 16), slot.interviewerIds]),
    );
    expect(who).toEqual({
      '09:00': ['ana'],
      '13:00': ['ana'],
      '14:00': ['ana', 'ben'],
      '15:00': ['ana'],
      '16:00': ['ana', 'ben'],
      '17:00': ['ben'],
      '21:00': ['ben'],
      ...{ '10:00': ['ana'], '11:00': ['ana'], '12:00': ['ana'] },
      ...{ '18:00': ['ben'], '19:00': ['ben'], '20:00': ['ben'] },
    });
    expect(utc(slots)).toEqual([...utc(slots)].sort());
  });

  it('confirms a picked slot only while it is still free', () => {
    const query = { ...base, windows: [once] };
    const picked = at('2026-03-02T11:00:00Z');
    expect(findSlot(query, picked)).toMatchObject({ start: picked, interviewerIds: ['ana'] });
    expect(findSlot(query, at('2026-03-02T11:10:00Z'))).toBeUndefined();
    const booked = {
      ...query,
      busy: [{ interviewerId: 'ben', ...range('2026-03-02T11:00:00Z', '2026-03-02T12:00:00Z') }],
    };
    expect(findSlot(booked, picked)).toBeDefined();
    const taken = {
      ...query,
      busy: [{ interviewerId: 'ana', ...range('2026-03-02T11:30:00Z', '2026-03-02T12:30:00Z') }],
    };
    expect(findSlot(taken, picked)).toBeUndefined();
  });

  it('refuses inputs it cannot honour', () => {
    expect(() => freeSlots({ ...base, durationMinutes: 0 })).toThrow(/durationMinutes/);
    expect(() => freeSlots({ ...base, stepMinutes: 7.5 })).toThrow(/stepMinutes/);
    expect(() => freeSlots({ ...base, minimumNoticeMinutes: -1 })).toThrow(/minimumNoticeMinutes/);
    expect(() => freeSlots({ ...base, interviewerIds: [] })).toThrow(/interviewer/);
    expect(() => freeSlots({ ...base, windows: [weekly('ana', 1, 'Europe/Londres')] })).toThrow(/time zone/);
    expect(() => freeSlots({ ...base, windows: [weekly('ana', 1, 'UTC', '9:00')] })).toThrow(/HH:mm/);
    expect(() => freeSlots({ ...base, windows: [weekly('ana', 1, 'UTC', '09:00', '24:30')] })).toThrow(
      /HH:mm/,
    );
    expect(() => presentSlots([], 'Mars/Olympus_Mons')).toThrow(/time zone/);
  });
});

describe('weekly windows across daylight-saving changes (2026)', () => {
  const localHours = (windows: { start: Date; end: Date }[], zone: string) =>
    windows.map((window) => {
      const start = DateTime.fromJSDate(window.start, { zone });
      const end = DateTime.fromJSDate(window.end, { zone });
      return `${start.toISODate()} ${start.toFormat('HH:mm')}-${end.toFormat('HH:mm')}`;
    });
  const utcHours = (windows: { start: Date; end: Date }[]) =>
    windows.map(
      (window) => `${window.start.toISOString().slice(11, 16)}-${window.end.toISOString().slice(11, 16)}Z`,
    );

  it.each([
    {
      zone: 'Europe/London',
      weeks: ['2026-03-23', '2026-03-30', '2026-10-19', '2026-10-26'],
      utc: ['09:00-17:00Z', '08:00-16:00Z', '08:00-16:00Z', '09:00-17:00Z'],
    },
    {
      zone: 'America/New_York',
      weeks: ['2026-03-02', '2026-03-09', '2026-10-26', '2026-11-02'],
      utc: ['14:00-22:00Z', '13:00-21:00Z', '13:00-21:00Z', '14:00-22:00Z'],
    },
  ])('keeps 09:00–17:00 local in $zone and shifts in UTC', ({ zone, weeks, utc: expected }) => {
    const mondays = weeks.flatMap((monday) =>
      expandWindows([weekly('ana', 1, zone)], range(`${monday}T00:00:00Z`, `${monday}T23:59:00Z`)),
    );
    expect(localHours(mondays, zone)).toEqual(weeks.map((monday) => `${monday} 09:00-17:00`));
    expect(utcHours(mondays)).toEqual(expected);
  });

  it.each([
    { zone: 'Europe/London', sunday: '2026-03-29', utc: '08:00-16:00Z' },
    { zone: 'Europe/London', sunday: '2026-10-25', utc: '09:00-17:00Z' },
    { zone: 'America/New_York', sunday: '2026-03-08', utc: '13:00-21:00Z' },
    { zone: 'America/New_York', sunday: '2026-11-01', utc: '14:00-22:00Z' },
  ])('holds on the day of the change itself ($zone, $sunday)', ({ zone, sunday, utc: expected }) => {
    const windows = expandWindows(
      [weekly('ana', 7, zone)],
      range(`${sunday}T00:00:00Z`, `${sunday}T23:59:00Z`),
    );
    expect(localHours(windows, zone)).toEqual([`${sunday} 09:00-17:00`]);
    expect(utcHours(windows)).toEqual([expected]);
  });

  it('offers the same local times every week in the interviewer’s own zone', () => {
    const slots = freeSlots({
      ...base,
      windows: [weekly('ana', 1, 'Europe/London', '09:00', '11:00')],
      stepMinutes: 60,
      now: at('2026-03-16T00:00:00Z'),
      horizonDays: 21,
    });
    const seen = presentSlots(slots, 'Europe/London').map((day) => [
      day.date,
      day.slots.map((slot) => `${slot.localStart} ${slot.offsetLabel}`),
    ]);
    expect(seen).toEqual([
      ['2026-03-16', ['09:00 UTC', '10:00 UTC']],
      ['2026-03-23', ['09:00 UTC', '10:00 UTC']],
      ['2026-03-30', ['09:00 UTC+1', '10:00 UTC+1']],
    ]);
  });

  it('a window inside the spring-forward gap has no slots, one across it only the real hours', () => {
    const sunday = { now: at('2026-03-07T00:00:00Z'), horizonDays: 2, durationMinutes: 30 };
    const inGap = freeSlots({
      ...base,
      ...sunday,
      windows: [weekly('ana', 7, 'America/New_York', '02:00', '03:00')],
    });
    expect(inGap).toEqual([]);

    const across = freeSlots({
      ...base,
      ...sunday,
      windows: [weekly('ana', 7, 'America/New_York', '01:00', '04:00')],
    });
    expect(utc(across)).toEqual(['06:00', '06:30', '07:00', '07:30'].map((t) => `2026-03-08T${t}`));
    const local = presentSlots(across, 'America/New_York')[0]!.slots;
    expect(local.map((slot) => `${slot.localStart}-${slot.localEnd} ${slot.offsetLabel}`)).toEqual([
      '01:00-01:30 UTC-5',
      '01:30-03:00 UTC-5',
      '03:00-03:30 UTC-4',
      '03:30-04:00 UTC-4',
    ]);
  });

  it('a window starting in the gap starts when the clocks jump', () => {
    const slots = freeSlots({
      ...base,
      now: at('2026-03-28T00:00:00Z'),
      horizonDays: 2,
      durationMinutes: 30,
      windows: [weekly('ana', 7, 'Europe/London', '01:30', '03:00')],
    });
    expect(utc(slots)).toEqual(['2026-03-29T01:00', '2026-03-29T01:30']);
    expect(presentSlots(slots, 'Europe/London')[0]!.slots.map((slot) => slot.localStart)).toEqual([
      '02:00',
      '02:30',
    ]);
  });

  it('a window over the fall-back hour covers both occurrences, told apart by their offset', () => {
    const slots = freeSlots({
      ...base,
      now: at('2026-10-24T00:00:00Z'),
      horizonDays: 2,
      windows: [weekly('ana', 7, 'Europe/London', '01:00', '03:00')],
    });
    expect(utc(slots)).toEqual(['00:00', '00:30', '01:00', '01:30', '02:00'].map((t) => `2026-10-25T${t}`));
    expect(
      presentSlots(slots, 'Europe/London')[0]!.slots.map((slot) => `${slot.localStart} ${slot.offsetLabel}`),
    ).toEqual(['01:00 UTC+1', '01:30 UTC+1', '01:00 UTC', '01:30 UTC', '02:00 UTC']);
  });

  it('a window past midnight ends on the next day', () => {
    const windows = expandWindows(
      [weekly('ana', 5, 'Asia/Tokyo', '22:00', '01:00')],
      range('2026-03-06T00:00:00Z', '2026-03-07T00:00:00Z'),
    );
    expect(localHours(windows, 'Asia/Tokyo')).toEqual(['2026-03-06 22:00-01:00']);
    expect(utcHours(windows)).toEqual(['13:00-16:00Z']);
  });
});

describe('what the candidate sees', () => {
  // Ben in New York offers Mondays 09:00–17:00; New York is on summer time from 8 March.
  const query: SlotQuery = {
    ...base,
    interviewerIds: ['ben'],
    windows: [weekly('ben', 1, 'America/New_York')],
    stepMinutes: 60,
  };
  const show = (days: ReturnType<typeof presentSlots>) =>
    days.map((day) => ({
      date: day.date,
      label: day.label,
      times: day.slots.map((slot) => `${slot.localStart}-${slot.localEnd} ${slot.offsetLabel}`),
    }));

  it('in Asia/Kolkata, a New York afternoon runs past midnight into the next day', () => {
    const slots = freeSlots({ ...query, now: at('2026-03-09T00:00:00Z'), horizonDays: 1 });
    expect(utc(slots)).toHaveLength(8);
    expect(show(presentSlots(slots, 'Asia/Kolkata'))).toEqual([
      {
        date: '2026-03-09',
        label: 'Monday 9 March 2026',
        times: [
          '18:30-19:30 UTC+5:30',
          '19:30-20:30 UTC+5:30',
          '20:30-21:30 UTC+5:30',
          '21:30-22:30 UTC+5:30',
          '22:30-23:30 UTC+5:30',
          '23:30-00:30 UTC+5:30',
        ],
      },
      {
        date: '2026-03-10',
        label: 'Tuesday 10 March 2026',
        times: ['00:30-01:30 UTC+5:30', '01:30-02:30 UTC+5:30'],
      },
    ]);
    expect(presentSlots(slots, 'Asia/Kolkata')[0]!.slots[0]).toMatchObject({
      start: at('2026-03-09T13:00:00Z'),
      localStartIso: '2026-03-09T18:30:00+05:30',
      offsetMinutes: 330,
    });
  });

  it('in Australia/Sydney, the same Monday is Tuesday morning, and Sydney’s own clock change shows', () => {
    const march = freeSlots({ ...query, now: at('2026-03-09T00:00:00Z'), horizonDays: 1 });
    expect(show(presentSlots(march, 'Australia/Sydney'))).toEqual([
      {
        date: '2026-03-10',
        label: 'Tuesday 10 March 2026',
        times: ['00', '01', '02', '03', '04', '05', '06', '07'].map(
          (h) => `${h}:00-${String(Number(h) + 1).padStart(2, '0')}:00 UTC+11`,
        ),
      },
    ]);
    // Sydney leaves summer time on 5 April: the Monday after, the first slot is still on Monday there.
    const april = freeSlots({ ...query, now: at('2026-04-06T00:00:00Z'), horizonDays: 1 });
    expect(show(presentSlots(april, 'Australia/Sydney'))).toEqual([
      { date: '2026-04-06', label: 'Monday 6 April 2026', times: ['23:00-00:00 UTC+10'] },
      {
        date: '2026-04-07',
        label: 'Tuesday 7 April 2026',
        times: ['00', '01', '02', '03', '04', '05', '06'].map(
          (h) => `${h}:00-${String(Number(h) + 1).padStart(2, '0')}:00 UTC+10`,
        ),
      },
    ]);
  });

  it('labels days in the requested locale', () => {
    const slots = freeSlots({ ...query, now: at('2026-03-09T00:00:00Z'), horizonDays: 1 });
    expect(presentSlots(slots, 'Europe/Berlin', { locale: 'de-DE' })[0]?.label).toBe('Montag 9 März 2026');
  });
});
