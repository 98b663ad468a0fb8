import {
  type ContractTerms,
  type ContractToHireTerms,
  type FullTimeTerms,
  fullTimeTermsSchema,
  type OfferTermsInput,
  offerTermsSchema,
  type PaidTrialTerms,
} from './offer-terms.ts';

/** Offer terms the offer tests share (not shipped code). Monday 2 March 2026 is the usual start. */

const remote = { workplace: 'remote' as const, description: 'US' };

type FullTimeInput = Partial<Omit<Extract<OfferTermsInput, { engagement: 'full_time' }>, 'engagement'>>;

export function fullTimeTerms(overrides: FullTimeInput = {}): FullTimeTerms {
  return fullTimeTermsSchema.parse({
    engagement: 'full_time',
    currency: 'USD',
    baseSalary: 150_000,
    startDate: '2026-03-02',
    location: remote,
    ...overrides,
  });
}

export const contractTerms = offerTermsSchema.parse({
  engagement: 'contract',
  currency: 'USD',
  rate: { amount: 90, per: 'hour' },
  hoursPerWeek: 40,
  durationWeeks: 12,
  startDate: '2026-03-02',
  location: remote,
}) as ContractTerms;

export const contractToHireTerms = offerTermsSchema.parse({
  engagement: 'contract_to_hire',
  currency: 'USD',
  rate: { amount: 3_000, per: 'week' },
  hoursPerWeek: 40,
  startDate: '2026-03-02',
  conversionDate: '2026-06-01',
  intendedSalary: 140_000,
  location: remote,
}) as ContractToHireTerms;

export const paidTrialTerms = offerTermsSchema.parse({
  engagement: 'paid_trial',
  currency: 'USD',
  rate: { amount: 600, per: 'day' },
  startDate: '2026-03-02',
  successCriteria: ['Ships the export endpoint with tests', 'Explains one design trade-off to the team'],
  location: remote,
}) as PaidTrialTerms;
