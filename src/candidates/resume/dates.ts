/**
 * Month-year periods as people write them on résumés ("Mar 2019 – Present", "03/2017 - 02/2019",
 * "2019-03 to 2021-11", "2015 – 2017", "since 2021"), and the arithmetic on them. Pure.
 *
 * A month is an integer index (year × 12 + month − 1) so that periods compare, merge and subtract simply.
 */

export type MonthIndex = number;

export type DateRange = {
  start: MonthIndex;
  /** null = still going ("Present", "since 2021"). */
  end: MonthIndex | null;
  /** Which ends were given as a bare year and so were read as January / December. */
  yearOnly: { start: boolean; end: boolean };
  /** Where the range sits in the text it was found in. */
  index: number;
  length: number;
  raw: string;
};

export type Period = { start: MonthIndex; end: MonthIndex };

const monthNumbers: Record<string, number> = {
  // English, then the other spellings most often met on European résumés.
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  mär: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  okt: 10,
  oktober: 10,
  dez: 12,
  dezember: 12,
  janvier: 1,
  février: 2,
  fév: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  juin: 6,
  juillet: 7,
  juil: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  déc: 12,
  enero: 1,
  ene: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  abr: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  ago: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  dic: 12,
  spring: 3,
  summer: 6,
  fall: 9,
  autumn: 9,
  winter: 12,
};

const monthNames = Object.keys(monthNumbers)
  .sort((a, b) => b.length - a.length)
  .join('|');

const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const MONTH_NAME = String.raw`(?:${monthNames})(?!\p{L})\.?`;
const NUMERIC_MONTH = '(?:0?[1-9]|1[0-2])';

/** One month and year in any common order and spelling: "Mar. 2019", "03/2019", "2019-03", "Mar '19". */
const MONTH_DATE = [
  String.raw`${MONTH_NAME},?\s*(?:${YEAR}|['’]\d\d)`,
  String.raw`${NUMERIC_MONTH}\s?[/.]\s?${YEAR}`,
  `${NUMERIC_MONTH}-${YEAR}`,
  String.raw`${YEAR}\s?[/.-]\s?${NUMERIC_MONTH}(?!\d)`,
]
  .map((alternative) => `(?:${alternative})`)
  .join('|');

/** A month date or a bare year. */
const DATE = `${MONTH_DATE}|${YEAR}`;

const PRESENT = String.raw`(?:present|current(?:ly)?|now|today|ongoing|(?:to|till|until)\s+date|date|heute|jetzt|aujourd['’]hui|actualidad|actualmente|presente|atual|oggi)(?!\p{L})`;

const SEPARATOR = String.raw`\s*(?:[-–—‒―−~→]+|to|until|till|through|thru|bis|hasta|até|au)\s*`;

const rangePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<start>${DATE})${SEPARATOR}(?<end>${DATE}|${PRESENT})(?![\p{N}])`,
  'giu',
);

/** "Jun – Aug 2018": the first month borrows the year of the second. */
const sharedYearPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<startMonth>${MONTH_NAME})${SEPARATOR}(?<endMonth>${MONTH_NAME})\s*(?<year>${YEAR})(?![\p{N}])`,
  'giu',
);

/** "since 2021", "from March 2020" (with nothing after), "2021 –" at the end of a line. */
const openPattern = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:since|seit|desde|depuis|from)\s+(?<since>${DATE})(?!${SEPARATOR}(?:${DATE}|${PRESENT}))(?![\p{N}])|(?<![\p{L}\p{N}])(?<dangling>${DATE})\s*[-–—]+\s*$)`,
  'giu',
);

const monthDatePattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${MONTH_DATE})(?![\p{N}])`, 'giu');

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function todayMonth(today: Date): MonthIndex {
  return monthIndex(today.getUTCFullYear(), today.getUTCMonth() + 1);
}

/** 'YYYY-MM'. */
export function formatMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

type ParsedDate = { year: number; month: number | null };

/** One date token as matched by DATE: "Mar. 2019", "03/2019", "2019-03", "2019", "Mar '19". */
export function parseDateToken(token: string): ParsedDate | null {
  const text = token.trim().toLowerCase();
  const named = /^(\p{L}+)\.?,?\s*(?:(\d{4})|['’](\d\d))$/u.exec(text);
  if (named) {
    const month = monthNumbers[named[1]!];
    if (!month) return null;
    // Two-digit years ("Mar '19") pivot at 50: résumés rarely reach back before 1950.
    const shortYear = Number(named[3]);
    const year = named[2] ? Number(named[2]) : shortYear < 50 ? 2000 + shortYear : 1900 + shortYear;
    return { year, month };
  }
  const monthFirst = /^(\d{1,2})\s?[/.-]\s?(\d{4})$/.exec(text);
  if (monthFirst) return { year: Number(monthFirst[2]), month: Number(monthFirst[1]) };
  const yearFirst = /^(\d{4})\s?[/.-]\s?(\d{1,2})$/.exec(text);
  if (yearFirst) return { year: Number(yearFirst[1]), month: Number(yearFirst[2]) };
  if (/^\d{4}$/.test(text)) return { year: Number(text), month: null };
  return null;
}

function startOf(date: ParsedDate): MonthIndex {
  return monthIndex(date.year, date.month ?? 1);
}

function endOf(date: ParsedDate): MonthIndex {
  return monthIndex(date.year, date.month ?? 12);
}

const loneDatePattern = new RegExp(String.raw`(?<![\p{L}\p{N}/.-])(?:${DATE})(?![\p{N}/.-])`, 'giu');

/**
 * A single date standing for a whole period ("Summer Intern, Google — Jun 2018", "2018"): the month, or
 * the year from January to December. Only when the text holds exactly one date and no range.
 */
export function findLoneDate(text: string): DateRange | null {
  if (findDateRanges(text).length > 0) return null;
  const matches = [...text.matchAll(loneDatePattern)];
  if (matches.length !== 1) return null;
  const match = matches[0]!;
  const date = parseDateToken(match[0]);
  if (!date) return null;
  // A bare year must stand apart ("— 2018", "(2018)"): "Processed 2000 orders" holds no date.
  const before = text.slice(0, match.index).trimEnd();
  const after = text.slice(match.index + match[0].length).trimStart();
  const standsApart =
    (before === '' || /[|,–—(\t-]$/.test(before)) && (after === '' || /^[|,–—)\t-]/.test(after));
  if (date.month === null && !standsApart) return null;
  return {
    start: startOf(date),
    end: endOf(date),
    yearOnly: { start: date.month === null, end: date.month === null },
    index: match.index,
    length: match[0].length,
    raw: match[0],
  };
}

/** Every date range in one line of text, left to right, without overlaps. */
export function findDateRanges(text: string): DateRange[] {
  const found: DateRange[] = [];
  for (const match of text.matchAll(rangePattern)) {
    const start = parseDateToken(match.groups!.start!);
    const endText = match.groups!.end!;
    const end = parseDateToken(endText);
    if (!start) continue;
    found.push({
      start: startOf(start),
      end: end ? endOf(end) : null,
      yearOnly: { start: start.month === null, end: end !== null && end.month === null },
      index: match.index,
      length: match[0].length,
      raw: match[0],
    });
  }
  for (const match of text.matchAll(sharedYearPattern)) {
    const year = Number(match.groups!.year);
    const startMonth = monthNumbers[match.groups!.startMonth!.toLowerCase().replace('.', '')];
    const endMonth = monthNumbers[match.groups!.endMonth!.toLowerCase().replace('.', '')];
    if (!startMonth || !endMonth) continue;
    found.push({
      start: monthIndex(year, startMonth),
      end: monthIndex(year, endMonth),
      yearOnly: { start: false, end: false },
      index: match.index,
      length: match[0].length,
      raw: match[0],
    });
  }
  for (const match of text.matchAll(openPattern)) {
    const token = match.groups!.since ?? match.groups!.dangling!;
    const start = parseDateToken(token);
    if (!start) continue;
    found.push({
      start: startOf(start),
      end: null,
      yearOnly: { start: start.month === null, end: false },
      index: match.index,
      length: match[0].length,
      raw: match[0],
    });
  }
  return withoutOverlaps(found);
}

function withoutOverlaps(ranges: DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: DateRange[] = [];
  for (const range of sorted) {
    const last = kept[kept.length - 1];
    if (!last || range.index >= last.index + last.length) kept.push(range);
  }
  return kept;
}

/**
 * Spans of date ranges and month dates: phone numbers must not overlap them. Bare years are left out,
 * since "555-2019" is a perfectly good end of a phone number.
 */
export function dateSpans(text: string): { start: number; end: number }[] {
  const spans = findDateRanges(text).map((range) => ({
    start: range.index,
    end: range.index + range.length,
  }));
  for (const match of text.matchAll(monthDatePattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The text with its date ranges, month dates and years blanked out: what is left are the other fields. */
export function withoutDates(text: string): string {
  let result = text;
  for (const span of dateSpans(text).sort((a, b) => b.start - a.start)) {
    result = `${result.slice(0, span.start)} ${result.slice(span.end)}`;
  }
  return result.replace(new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g'), ' ');
}

/** The years (as numbers) written in a text, in order: for education end years. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g'))].map((match) =>
    Number(match[0]),
  );
}

/** Overlapping or touching periods merged, so parallel jobs count once. Inclusive month bounds. */
export function mergePeriods(periods: Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  const merged: Period[] = [];
  for (const period of sorted) {
    const last = merged[merged.length - 1];
    if (last && period.start <= last.end + 1) last.end = Math.max(last.end, period.end);
    else merged.push({ ...period });
  }
  return merged;
}

/** Total months covered, counting both the first and the last month (Jan–Dec 2019 = 12). */
export function monthsCovered(periods: Period[]): number {
  return mergePeriods(periods).reduce((sum, period) => sum + (period.end - period.start + 1), 0);
}

export function yearsFromMonths(months: number): number {
  return Math.round((months / 12) * 10) / 10;
}
