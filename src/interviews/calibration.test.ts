import { describe, expect, it } from 'vitest';
import { type CalibrationScorecard, calibrate, isoWeek } from './calibration.ts';

describe('isoWeek', () => {
  it.each([
    ['2026-01-01T12:00:00Z', '2026-W01'], // a Thursday: week 1
    ['2025-12-29T00:00:00Z', '2026-W01'], // the Monday of that week belongs to 2026
    ['2026-01-04T23:59:59Z', '2026-W01'], // Sunday closes the week
    ['2026-01-05T00:00:00Z', '2026-W02'],
    ['2021-01-03T10:00:00Z', '2020-W53'], // early January can belong to last year's week 53
    ['2024-12-30T10:00:00Z', '2025-W01'],
    ['2026-06-15T10:00:00Z', '2026-W25'],
  ])('%s is %s', (date, week) => {
    expect(isoWeek(new Date(date))).toBe(week);
  });
});

describe('calibrate', () => {
  // Two candidates. On c1 Alice (mean 3.5) meets Bob (mean 2); on c2 Alice (mean 3) meets Carol (mean 3).
  const scorecards: CalibrationScorecard[] = [
    { authorId: 'alice', candidateId: 'c1', ratings: { x: 4, y: 3 }, recommendation: 'strong_yes' },
    { authorId: 'bob', candidateId: 'c1', ratings: { x: 2, y: 2 }, recommendation: 'no' },
    { authorId: 'alice', candidateId: 'c2', ratings: { x: 3 }, recommendation: 'yes' },
    { authorId: 'carol', candidateId: 'c2', ratings: { x: 3, y: 4, z: 2 }, recommendation: 'yes' },
  ];
  const interviews = [
    { interviewerId: 'alice', startsAt: new Date('2026-01-05T15:00:00Z') }, // Monday, W02
    { interviewerId: 'alice', startsAt: new Date('2026-01-11T15:00:00Z') }, // Sunday, W02
    { interviewerId: 'alice', startsAt: new Date('2026-01-12T09:00:00Z') }, // Monday, W03
    { interviewerId: 'bob', startsAt: new Date('2025-12-31T09:00:00Z') }, // 2026-W01
    { interviewerId: 'dan', startsAt: new Date('2026-01-12T09:00:00Z') }, // no scorecards yet
  ];
  const result = calibrate(scorecards, interviews);
  const of = (id: string) => result.find((entry) => entry.interviewerId === id)!;

  it('lists every interviewer, busiest first', () => {
    expect(result.map((entry) => [entry.interviewerId, entry.scorecards])).toEqual([
      ['alice', 2],
      ['bob', 1],
      ['carol', 1],
      ['dan', 0],
    ]);
  });

  it('counts the rating distribution and average', () => {
    expect(of('alice').distribution).toEqual({ 1: 0, 2: 0, 3: 2, 4: 1 });
    expect(of('alice').averageRating).toBeCloseTo(10 / 3);
    expect(of('bob').distribution).toEqual({ 1: 0, 2: 2, 3: 0, 4: 0 });
    expect(of('carol').averageRating).toBe(3);
  });

  it('compares each interviewer with the rest of the panel on the same candidates', () => {
    // Alice: own (3.5 + 3) / 2 = 3.25 vs panel (2 + 3) / 2 = 2.5 → +0.75, softer.
    expect(of('alice')).toMatchObject({
      sharedCandidates: 2,
      ownAverageOnShared: 3.25,
      panelAverage: 2.5,
      bias: 0.75,
      tendency: 'softer',
    });
    // Bob: 2 vs Alice's 3.5 on c1 → −1.5, harsher.
    expect(of('bob')).toMatchObject({
      sharedCandidates: 1,
      panelAverage: 3.5,
      bias: -1.5,
      tendency: 'harsher',
    });
    // Carol: 3 vs Alice's 3 on c2 → in line.
    expect(of('carol')).toMatchObject({ bias: 0, tendency: 'in_line' });
  });

  it('has no bias without shared candidates, and takes another threshold', () => {
    expect(of('dan')).toMatchObject({
      scorecards: 0,
      averageRating: null,
      sharedCandidates: 0,
      bias: null,
      tendency: 'unknown',
      strongShare: null,
    });
    const strict = calibrate(scorecards, [], { biasThreshold: 1 });
    expect(strict.find((entry) => entry.interviewerId === 'alice')?.tendency).toBe('in_line');
    expect(strict.find((entry) => entry.interviewerId === 'bob')?.tendency).toBe('harsher');
  });

  it('gives the share of strong recommendations', () => {
    expect(of('alice').strongShare).toBe(0.5);
    expect(of('bob').strongShare).toBe(0);
  });

  it('counts interview load per ISO week', () => {
    expect(of('alice').loadByWeek).toEqual([
      { week: '2026-W02', interviews: 2 },
      { week: '2026-W03', interviews: 1 },
    ]);
    expect(of('bob').loadByWeek).toEqual([{ week: '2026-W01', interviews: 1 }]);
    expect(of('carol').loadByWeek).toEqual([]);
  });

  it('returns nothing for nothing', () => {
    expect(calibrate([])).toEqual([]);
  });
});
