// The pure offer modules the server uses, shared with the browser so the offer form shows the first-year cost
// and the band check as you type — the server's answer on save is the same by construction.
export {
  type ApprovalTrigger,
  approvalTriggers,
  restartOnChange,
} from '../../../src/offers/approvals.ts';
export { formatAmount, formatDate, formatPay } from '../../../src/offers/format.ts';
export { termsTable } from '../../../src/offers/offer-letter.ts';
export {
  type BandCheck,
  bandCheck,
  engagementEndDate,
  type OfferCost,
  type OfferEngagement,
  type OfferTerms,
  type OfferTermsInput,
  offerCost,
  offerEngagementFor,
  offerEngagementLabels,
  offerEngagements,
  offerTermsSchema,
  STANDARD_HOURS_PER_WEEK,
} from '../../../src/offers/offer-terms.ts';
