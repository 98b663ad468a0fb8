// The offer letter renderer the server uses, shared with the browser so the template editor previews the
// letter exactly as a candidate will read it, and flags variables the server would refuse, as you type.
export {
  type OfferLetter,
  type OfferLetterTemplate,
  renderOfferLetter,
  type TemplateProblem,
  templateProblems,
  variablesFor,
} from '../../../src/offers/offer-letter.ts';
export {
  type OfferEngagement,
  type OfferTerms,
  offerEngagementLabels,
  offerEngagements,
  offerTermsSchema,
} from '../../../src/offers/offer-terms.ts';
