import {
  type OfferEngagement,
  type OfferLetter,
  type OfferLetterTemplate,
  type OfferTerms,
  offerTermsSchema,
  renderOfferLetter,
} from '../../../domain/offer-letter-domain';

/** What each variable is filled in with, in plain words, shown beside the editor. */
export const letterVariableMeanings: Record<string, string> = {
  'candidate.name': 'The candidate’s full name',
  'candidate.firstName': 'The candidate’s first name',
  'job.title': 'The job’s title',
  'organisation.name': 'Your organisation’s name',
  'sender.name': 'The teammate who made the offer',
  'sender.title': 'Their job title (the line is left out when unknown)',
  'offer.engagement': 'Full-time, contract, contract-to-hire or paid trial',
  'offer.startDate': 'The agreed start date',
  'offer.location': 'Remote, hybrid or on-site, and where',
  'offer.respondBy': 'The last day to accept',
  'offer.baseSalary': 'The yearly base salary',
  'offer.bonus': 'The yearly bonus, if any',
  'offer.signingBonus': 'The signing bonus, if any',
  'offer.equity': 'The equity grant and its vesting, if any',
  'offer.benefits': 'The benefits (alone on a line: a bulleted list)',
  'offer.rate': 'The hourly, daily or weekly rate',
  'offer.hoursPerWeek': 'Expected hours a week',
  'offer.duration': 'The contract’s length',
  'offer.endDate': 'The last working day',
  'offer.notice': 'The notice period, if any',
  'offer.contractLength': 'How long the contract runs before conversion',
  'offer.conversionDate': 'The planned conversion date',
  'offer.intendedSalary': 'The salary after conversion',
  'offer.trialLength': 'The trial’s length',
  'offer.successCriteria': 'The written success criteria (alone on a line: a bulleted list)',
};

const location = { workplace: 'remote', description: 'anywhere in Europe' };

/** Sample terms for each engagement model, so every variable of the template has a value in the preview. */
function sampleTerms(engagement: OfferEngagement, startDate: string): OfferTerms {
  const common = { currency: 'EUR', startDate, location };
  switch (engagement) {
    case 'full_time':
      return offerTermsSchema.parse({
        ...common,
        engagement,
        baseSalary: 95_000,
        bonus: { type: 'target_percent', percent: 10 },
        signingBonus: 5_000,
        equity: { type: 'options', amount: 6_000 },
        benefits: ['Private health insurance', '28 days of paid leave', 'A yearly learning budget'],
      });
    case 'contract':
      return offerTermsSchema.parse({
        ...common,
        engagement,
        rate: { amount: 85, per: 'hour' },
        hoursPerWeek: 32,
        durationWeeks: 16,
        noticeWeeks: 2,
      });
    case 'contract_to_hire':
      return offerTermsSchema.parse({
        ...common,
        engagement,
        rate: { amount: 2_400, per: 'week' },
        hoursPerWeek: 40,
        noticeWeeks: 2,
        conversionDate: addDays(startDate, 91),
        intendedSalary: 105_000,
        intendedEquity: { type: 'options', amount: 4_000 },
      });
    case 'paid_trial':
      return offerTermsSchema.parse({
        ...common,
        engagement,
        rate: { amount: 550, per: 'day' },
        successCriteria: [
          'Ships the invoice export endpoint with tests',
          'Walks the team through one design trade-off',
        ],
      });
  }
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The next Monday at least three weeks from today. */
function sampleStart(today: string): string {
  let date = addDays(today, 21);
  while (new Date(`${date}T00:00:00Z`).getUTCDay() !== 1) date = addDays(date, 1);
  return date;
}

/** The letter a sample candidate, Jane Doe, would read with this template; throws on template problems. */
export function samplePreview(
  template: OfferLetterTemplate,
  people: { organisation: string; sender: string },
): OfferLetter {
  const today = new Date().toISOString().slice(0, 10);
  return renderOfferLetter({
    terms: sampleTerms(template.engagement, sampleStart(today)),
    candidate: { name: 'Jane Doe' },
    job: { title: 'Senior Backend Engineer' },
    organisation: { name: people.organisation },
    sender: { name: people.sender, title: 'Head of Engineering' },
    issuedOn: today,
    respondBy: addDays(today, 14),
    template,
  });
}
