import { describe, expect, it } from 'vitest';
import {
  findDateRanges,
  formatMonth,
  mergePeriods,
  monthIndex,
  monthsCovered,
  yearsFromMonths,
} from './dates.ts';

/** The first range in a line, as 'YYYY-MM' strings ('present' for an open end). */
function range(text: string) {
  const found = findDateRanges(text)[0];
  if (!found) return null;
  return {
    start: formatMonth(found.start),
    end: found.end === null ? 'present' : formatMonth(found.end),
    yearOnly: found.yearOnly,
  };
}

const months = { start: false, end: false };

describe('date ranges as résumés write them', () => {
  it.each([
    ['Mar 2019 – Present', '2019-03', 'present'],
    ['March 2019 - Current', '2019-03', 'present'],
    ['Jan. 2020 — Now', '2020-01', 'present'],
    ['Sept 2018 to Today', '2018-09', 'present'],
    ['03/2017 - 02/2019', '2017-03', '2019-02'],
    ['3/2017–11/2019', '2017-03', '2019-11'],
    ['2019-03 to 2021-11', '2019-03', '2021-11'],
    ['2019/03 – 2021/11', '2019-03', '2021-11'],
    ['09.2015 - 06.2018', '2015-09', '2018-06'],
    ['Aug 2018 – Dec 2019', '2018-08', '2019-12'],
    ["Jun '16 – Aug '18", '2016-06', '2018-08'],
    ['May 2014 until March 2016', '2014-05', '2016-03'],
    ['Jun – Aug 2018', '2018-06', '2018-08'],
    ['März 2019 – heute', '2019-03', 'present'],
    ['Senior Engineer, Acme Corp — Feb 2021 – Present', '2021-02', 'present'],
    ['March 2021 - Present (5 years 9 months)', '2021-03', 'present'],
  ])('%s', (text, start, end) => {
    expect(range(text)).toEqual({ start, end, yearOnly: months });
  });

  it('reads bare years as January to December and says so', () => {
    expect(range('2015 – 2017')).toEqual({
      start: '2015-01',
      end: '2017-12',
      yearOnly: { start: true, end: true },
    });
    expect(range('2017 - Mar 2019')).toEqual({
      start: '2017-01',
      end: '2019-03',
      yearOnly: { start: true, end: false },
    });
    expect(range('(2019–present)')).toEqual({
      start: '2019-01',
      end: 'present',
      yearOnly: { start: true, end: false },
    });
  });

  it('reads "since" and a dangling dash as still going', () => {
    expect(range('since 2021')).toEqual({
      start: '2021-01',
      end: 'present',
      yearOnly: { start: true, end: false },
    });
    expect(range('Since Mar 2021')).toEqual({ start: '2021-03', end: 'present', yearOnly: months });
    expect(range('Acme Corp, 2020 –')).toEqual({
      start: '2020-01',
      end: 'present',
      yearOnly: { start: true, end: false },
    });
  });

  it('finds nothing in numbers that are not dates', () => {
    for (const text of [
      '+1 (415) 555-0134',
      'Reduced latency by 1200 ms',
      'v2.3.1',
      'ZIP 94103',
      '13/2019 - 14/2020',
    ]) {
      expect(findDateRanges(text)).toEqual([]);
    }
  });

  it('reports where the range sits in the line', () => {
    const [found] = findDateRanges('Acme | 03/2017 - 02/2019 | Berlin');
    expect(found).toMatchObject({ index: 7, raw: '03/2017 - 02/2019' });
  });
});

describe('month arithmetic', () => {
  const period = (from: string, to: string) => {
    const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
    const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
    return { start: monthIndex(fromYear, fromMonth), end: monthIndex(toYear, toMonth) };
  };

  it('counts both the first and the last month', () => {
    expect(monthsCovered([period('2019-01', '2019-12')])).toBe(12);
    expect(monthsCovered([period('2019-03', '2019-03')])).toBe(1);
  });

  it('counts parallel and touching jobs once', () => {
    const jobs = [period('2018-01', '2021-12'), period('2019-06', '2023-06'), period('2023-07', '2024-06')];
    expect(mergePeriods(jobs)).toEqual([period('2018-01', '2024-06')]);
    expect(monthsCovered(jobs)).toBe(78);
  });

  it('keeps gaps between jobs', () => {
    expect(monthsCovered([period('2015-01', '2015-12'), period('2017-01', '2017-06')])).toBe(18);
  });

  it('rounds years to one decimal', () => {
    expect(yearsFromMonths(93)).toBe(7.8);
    expect(yearsFromMonths(12)).toBe(1);
  });
});
