import { DateTime } from 'luxon';

/** Plain-words formatting for offers: money, pay periods, dates and lists. Pure. */

export const payPeriods = ['year', 'month', 'week', 'day', 'hour'] as const;
export type PayPeriod = (typeof payPeriods)[number];

const perWords: Record<PayPeriod, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
};

export const DEFAULT_LOCALE = 'en-US';

/**
 * "$150,000" or "$87.50": cents only when the amount has them, so salaries stay clean and hourly rates stay
 * exact (the planner's formatter rounds to whole units, which would misquote a rate in a contract).
 */
export function formatAmount(amount: number, currency: string, locale = DEFAULT_LOCALE): string {
  const cents = Math.round(amount * 100) / 100;
  const whole = Number.isInteger(cents);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents);
}

/** "$95 an hour", "$150,000 a year". */
export function formatPay(amount: number, currency: string, per: PayPeriod, locale = DEFAULT_LOCALE) {
  return `${formatAmount(amount, currency, locale)} ${perWords[per]}`;
}

export function perWord(per: PayPeriod): string {
  return perWords[per];
}

/**
 * "March 2, 2026" for a YYYY-MM-DD date. Read in UTC: an offer's start date is a calendar day, not an
 * instant, so it must not shift with the server's or reader's time zone.
 */
export function formatDate(isoDate: string, locale = DEFAULT_LOCALE): string {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!date.isValid) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}".`);
  return date.setLocale(locale).toLocaleString(DateTime.DATE_FULL);
}

export function formatNumber(value: number, locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** "1 week", "3 weeks". */
export function plural(count: number, word: string): string {
  return `${formatNumber(count)} ${count === 1 ? word : `${word}s`}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Rounds money to cents: float noise must not leak into a difference shown to a person. */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
