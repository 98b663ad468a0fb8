import type { Blueprint } from '../../../domain/hiring-domain';
import {
  type OfferEngagement,
  type OfferTerms,
  type OfferTermsInput,
  offerEngagementFor,
  offerTermsSchema,
  STANDARD_HOURS_PER_WEEK,
} from '../../../domain/offer-domain';

/**
 * What the offer form holds while someone types: every engagement model's fields at once (switching back and
 * forth keeps what was typed), numbers as typed. `termsOf` turns it into the offer terms the server takes,
 * through the same zod schema the server validates with.
 */

type Amount = number | '';

export type OfferFormState = {
  engagement: OfferEngagement;
  currency: string;
  startDate: string;
  workplace: 'remote' | 'hybrid' | 'onsite';
  locationDescription: string;
  // Full-time
  baseSalary: Amount;
  equityType: 'none' | 'options' | 'rsu';
  equityAmount: Amount;
  equityUnit: 'shares' | 'percent';
  equityValue: Amount;
  vestingYears: Amount;
  cliffMonths: Amount;
  vestingFrequency: 'monthly' | 'quarterly' | 'yearly';
  bonusType: 'none' | 'target_percent' | 'fixed';
  bonusPercent: Amount;
  bonusAmount: Amount;
  signingBonus: Amount;
  benefits: string;
  // Contract and contract-to-hire
  rateAmount: Amount;
  ratePer: 'hour' | 'week';
  hoursPerWeek: Amount;
  durationWeeks: Amount;
  noticeWeeks: Amount;
  conversionDate: string;
  intendedSalary: Amount;
  // Paid trial
  trialWeeks: Amount;
  trialRateAmount: Amount;
  trialRatePer: 'hour' | 'day' | 'week';
  trialHoursPerWeek: Amount;
  successCriteria: string;
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const num = (value: Amount) => (value === '' ? undefined : value);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first Monday at least two weeks away: a usual notice period, and a clean first day. */
export function defaultStartDate(today = new Date()): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 14));
  while (date.getUTCDay() !== 1) date.setUTCDate(date.getUTCDate() + 1);
  return isoDay(date);
}

function addWeeks(isoDate: string, weeks: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCDate(date.getUTCDate() + weeks * 7);
  return isoDay(date);
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** Where the role is, in a few words, from the blueprint's location. */
function locationWords(location: Blueprint['location']): string {
  const place = [location.city, location.region, location.country].filter(Boolean).join(', ');
  if (location.workplace === 'remote' && location.remoteEligibility.length > 0) {
    return location.remoteEligibility.join(', ');
  }
  return place;
}

/**
 * A first draft from the job's blueprint: its engagement model, currency and location, the middle of its
 * salary range as the pay, its benefits, and a start date two weeks out.
 */
export function stateFromBlueprint(blueprint: Blueprint, fallbackCurrency: string): OfferFormState {
  const range = blueprint.salary;
  const middle = range ? (range.min + range.max) / 2 : null;
  const yearly =
    range && middle !== null
      ? range.period === 'year'
        ? roundTo(middle, 1000)
        : range.period === 'month'
          ? roundTo(middle * 12, 1000)
          : null
      : null;
  const hourly = range?.period === 'hour' && middle !== null ? Math.round(middle) : null;
  const weekly = range?.period === 'week' && middle !== null ? roundTo(middle, 10) : null;
  const startDate = defaultStartDate();
  return {
    engagement: offerEngagementFor(blueprint.engagement),
    currency: range?.currency ?? fallbackCurrency,
    startDate,
    workplace: blueprint.location.workplace,
    locationDescription: locationWords(blueprint.location),
    baseSalary: yearly ?? '',
    equityType: 'none',
    equityAmount: '',
    equityUnit: 'shares',
    equityValue: '',
    vestingYears: 4,
    cliffMonths: 12,
    vestingFrequency: 'monthly',
    bonusType: 'none',
    bonusPercent: '',
    bonusAmount: '',
    signingBonus: '',
    benefits: blueprint.offer.benefits.join('\n'),
    rateAmount: hourly ?? weekly ?? '',
    ratePer: weekly !== null ? 'week' : 'hour',
    hoursPerWeek: STANDARD_HOURS_PER_WEEK,
    durationWeeks: 12,
    noticeWeeks: 2,
    conversionDate: addWeeks(startDate, 13),
    intendedSalary: yearly ?? '',
    trialWeeks: 2,
    // A trial is paid like the job: the salary's hourly equivalent when the band is yearly.
    trialRateAmount: hourly ?? weekly ?? (yearly ? Math.round(yearly / (52 * STANDARD_HOURS_PER_WEEK)) : ''),
    trialRatePer: weekly !== null ? 'week' : 'hour',
    trialHoursPerWeek: STANDARD_HOURS_PER_WEEK,
    successCriteria: '',
  };
}

/** The form for an existing offer: its own terms over a blueprint draft for the fields it does not use. */
export function stateFromTerms(terms: OfferTerms, base: OfferFormState): OfferFormState {
  const common = {
    ...base,
    engagement: terms.engagement,
    currency: terms.currency,
    startDate: terms.startDate,
    workplace: terms.location.workplace,
    locationDescription: terms.location.description ?? '',
  };
  switch (terms.engagement) {
    case 'full_time': {
      const equity = terms.equity;
      return {
        ...common,
        baseSalary: terms.baseSalary,
        equityType: equity.type,
        ...(equity.type === 'none'
          ? {}
          : {
              equityAmount: equity.amount,
              equityUnit: equity.unit,
              equityValue: equity.estimatedValue ?? '',
              vestingYears: equity.vesting.years,
              cliffMonths: equity.vesting.cliffMonths,
              vestingFrequency: equity.vesting.frequency,
            }),
        bonusType: terms.bonus.type,
        bonusPercent: terms.bonus.type === 'target_percent' ? terms.bonus.percent : '',
        bonusAmount: terms.bonus.type === 'fixed' ? terms.bonus.amount : '',
        signingBonus: terms.signingBonus || '',
        benefits: terms.benefits.join('\n'),
      };
    }
    case 'contract':
      return {
        ...common,
        rateAmount: terms.rate.amount,
        ratePer: terms.rate.per,
        hoursPerWeek: terms.hoursPerWeek,
        durationWeeks: terms.durationWeeks,
        noticeWeeks: terms.noticeWeeks,
      };
    case 'contract_to_hire':
      return {
        ...common,
        rateAmount: terms.rate.amount,
        ratePer: terms.rate.per,
        hoursPerWeek: terms.hoursPerWeek,
        noticeWeeks: terms.noticeWeeks,
        conversionDate: terms.conversionDate,
        intendedSalary: terms.intendedSalary,
      };
    case 'paid_trial':
      return {
        ...common,
        trialWeeks: terms.lengthWeeks,
        trialRateAmount: terms.rate.amount,
        trialRatePer: terms.rate.per,
        trialHoursPerWeek: terms.hoursPerWeek,
        successCriteria: terms.successCriteria.join('\n'),
      };
  }
}

/** The terms as the API takes them (before validation). */
export function termsInput(state: OfferFormState): OfferTermsInput {
  const common = {
    currency: state.currency.trim().toUpperCase(),
    startDate: state.startDate,
    location: { workplace: state.workplace, description: state.locationDescription.trim() || null },
  };
  const contract = {
    rate: { amount: num(state.rateAmount), per: state.ratePer },
    hoursPerWeek: num(state.hoursPerWeek),
    noticeWeeks: num(state.noticeWeeks),
  };
  const grant = (type: 'none' | 'options' | 'rsu') =>
    type === 'none'
      ? { type }
      : {
          type,
          amount: num(state.equityAmount),
          unit: state.equityUnit,
          estimatedValue: num(state.equityValue) ?? null,
          vesting: {
            years: num(state.vestingYears),
            cliffMonths: num(state.cliffMonths),
            frequency: state.vestingFrequency,
          },
        };
  const bonus =
    state.bonusType === 'none'
      ? { type: 'none' }
      : state.bonusType === 'target_percent'
        ? { type: 'target_percent', percent: num(state.bonusPercent) }
        : { type: 'fixed', amount: num(state.bonusAmount) };
  const input = (() => {
    switch (state.engagement) {
      case 'full_time':
        return {
          engagement: 'full_time',
          ...common,
          baseSalary: num(state.baseSalary),
          equity: grant(state.equityType),
          bonus,
          signingBonus: num(state.signingBonus) ?? 0,
          benefits: lines(state.benefits),
        };
      case 'contract':
        return { engagement: 'contract', ...common, ...contract, durationWeeks: num(state.durationWeeks) };
      case 'contract_to_hire':
        return {
          engagement: 'contract_to_hire',
          ...common,
          ...contract,
          conversionDate: state.conversionDate,
          intendedSalary: num(state.intendedSalary),
        };
      case 'paid_trial':
        return {
          engagement: 'paid_trial',
          ...common,
          lengthWeeks: num(state.trialWeeks),
          rate: { amount: num(state.trialRateAmount), per: state.trialRatePer },
          hoursPerWeek: num(state.trialHoursPerWeek),
          successCriteria: lines(state.successCriteria),
        };
    }
  })();
  // The schema checks every field; the loose object above is what a person typed.
  return input as OfferTermsInput;
}

export type ParsedTerms =
  | { terms: OfferTerms; errors: null }
  | { terms: null; errors: Record<string, string> };

/** Validates the form with the server's schema; errors are keyed by field path, e.g. "rate.amount". */
export function parseTerms(state: OfferFormState): ParsedTerms {
  const parsed = offerTermsSchema.safeParse(termsInput(state));
  if (parsed.success) return { terms: parsed.data, errors: null };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { terms: null, errors };
}

/**
 * Terms good enough to cost while someone is still typing: the pay must be there, but a missing success
 * criterion or a half-typed date does not hide the figures.
 */
export function termsForPreview(state: OfferFormState): OfferTerms | null {
  const startDate = /^\d{4}-\d{2}-\d{2}$/.test(state.startDate) ? state.startDate : defaultStartDate();
  const conversionDate =
    state.conversionDate > startDate ? state.conversionDate : addWeeks(startDate, 13) || startDate;
  const parsed = offerTermsSchema.safeParse(
    termsInput({
      ...state,
      startDate,
      conversionDate,
      currency: /^[A-Za-z]{3}$/.test(state.currency.trim()) ? state.currency : 'USD',
      locationDescription: state.locationDescription.slice(0, 160),
      successCriteria: state.successCriteria.trim() ? state.successCriteria : 'To be written',
      benefits: lines(state.benefits)
        .filter((line) => line.length >= 2)
        .join('\n'),
    }),
  );
  return parsed.success ? parsed.data : null;
}

/** Server field errors ("terms.rate.amount") keyed like the form's ("rate.amount"). */
export function serverFieldErrors(fieldErrors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([path, message]) => [path.replace(/^terms\./, ''), message]),
  );
}
