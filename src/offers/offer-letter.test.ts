import { describe, expect, it } from 'vitest';
import {
  defaultOfferLetterTemplates,
  type OfferLetterInput,
  OfferLetterTemplateError,
  offerLetterTemplateSchema,
  offerLetterText,
  renderOfferLetter,
  templateProblems,
} from './offer-letter.ts';
import { offerEngagements } from './offer-terms.ts';
import { contractTerms, contractToHireTerms, fullTimeTerms, paidTrialTerms } from './test-fixtures.ts';

const people = {
  candidate: { name: 'Zoë Fernández' },
  job: { title: 'Senior Backend Engineer' },
  organisation: { name: 'Acme Robotics' },
  sender: { name: 'Priya Shah', title: 'CTO' },
  issuedOn: '2026-02-16',
  respondBy: '2026-02-23',
} satisfies Omit<OfferLetterInput, 'terms'>;

const generous = fullTimeTerms({
  bonus: { type: 'target_percent', percent: 10 },
  signingBonus: 5_000,
  equity: { type: 'options', amount: 12_000 },
  benefits: ['health, dental and vision insurance', '401(k) with a 4% match', '25 days of paid time off'],
});

describe('default offer letter templates', () => {
  it('use only variables that fit their engagement model', () => {
    for (const engagement of offerEngagements) {
      const template = defaultOfferLetterTemplates[engagement];
      expect(template.engagement).toBe(engagement);
      expect(templateProblems(template)).toEqual([]);
      expect(offerLetterTemplateSchema.safeParse(template).success).toBe(true);
    }
  });
});

describe('renderOfferLetter', () => {
  it('fills a full-time letter with money, dates and lists formatted for people', () => {
    const letter = renderOfferLetter({ ...people, terms: generous });
    const text = offerLetterText(letter);
    expect(letter.title).toBe('Offer of employment: Senior Backend Engineer');
    expect(letter.issuedOn).toBe('February 16, 2026');
    expect(text).toContain('Dear Zoë,');
    expect(text).toContain('Your base salary will be $150,000 a year.');
    expect(text).toContain('a yearly target bonus of 10% of your base salary ($15,000)');
    expect(text).toContain('a signing bonus of $5,000');
    expect(text).toContain('12,000 stock options, vesting monthly over 4 years with a 1-year cliff');
    expect(letter.blocks).toContainEqual({ kind: 'list', items: generous.benefits });
    expect(text).toContain('Your benefits include:\n\n• health, dental and vision insurance');
    expect(text).toContain('We would like you to start on March 2, 2026. The role is remote (US).');
    expect(text).toContain('This offer is open until February 23, 2026.');
    expect(text).toContain('Warm regards,\nPriya Shah\nCTO\nAcme Robotics');
    expect(text).not.toContain('{{');
    expect(letter.terms).toContainEqual({ label: 'Base salary', value: '$150,000 a year' });
    expect(letter.signatures.map((line) => line.heading)).toEqual(['For Acme Robotics', 'Accepted by']);
  });

  it('leaves out the lines about things the offer does not include', () => {
    const letter = renderOfferLetter({
      ...people,
      respondBy: null,
      sender: { name: 'Priya Shah' },
      terms: fullTimeTerms(),
    });
    const text = offerLetterText(letter);
    for (const absent of ['bonus', 'signing', 'stock options', 'benefits include', 'open until', 'CTO']) {
      expect(text).not.toContain(absent);
    }
    expect(text).toContain('Warm regards,\nPriya Shah\nAcme Robotics');
    expect(letter.terms.map((row) => row.label)).toEqual([
      'Position',
      'Engagement',
      'Start date',
      'Base salary',
      'Location',
    ]);
  });

  it('writes contract, contract-to-hire and trial letters with rates and end dates', () => {
    const contract = offerLetterText(renderOfferLetter({ ...people, terms: contractTerms }));
    expect(contract).toContain('runs for 12 weeks, until May 22, 2026');
    expect(contract).toContain('Your rate is $90 an hour, for about 40 hours a week.');
    expect(contract).toContain('2 weeks of notice');
    expect(contract).not.toContain('salary');

    const toHire = offerLetterText(renderOfferLetter({ ...people, terms: contractToHireTerms }));
    expect(toHire).toContain('$3,000 a week');
    expect(toHire).toContain('from June 1, 2026, with a base salary of $140,000 a year');

    const trial = renderOfferLetter({ ...people, terms: paidTrialTerms });
    expect(offerLetterText(trial)).toContain(
      'lasts 2 weeks, until March 13, 2026. We will pay you $600 a day',
    );
    // The success criteria stand alone on their line, so they become bullets.
    expect(trial.blocks).toContainEqual({ kind: 'list', items: paidTrialTerms.successCriteria });
  });

  it('formats for another locale', () => {
    const letter = renderOfferLetter({
      ...people,
      locale: 'de-DE',
      terms: fullTimeTerms({ currency: 'EUR', baseSalary: 85_000 }),
    });
    expect(letter.terms).toContainEqual({ label: 'Base salary', value: '85.000\u00a0€ a year' });
    expect(letter.terms).toContainEqual({ label: 'Start date', value: '2. März 2026' });
  });

  it('parses headings, paragraphs and bullets from an organisation’s template', () => {
    const template = offerLetterTemplateSchema.parse({
      key: 'short',
      name: 'Short',
      engagement: 'full_time',
      title: '{{organisation.name}} offer',
      body: '# Hello {{candidate.name}}\n\nLine one\nline two\n\n- Salary: {{offer.baseSalary}}\n- Bonus: {{offer.bonus}}\n- Starts {{offer.startDate}}',
    });
    expect(renderOfferLetter({ ...people, template, terms: fullTimeTerms() }).blocks).toEqual([
      { kind: 'heading', text: 'Hello Zoë Fernández' },
      { kind: 'paragraph', text: 'Line one\nline two' },
      { kind: 'list', items: ['Salary: $150,000', 'Starts March 2, 2026'] },
    ]);
  });

  it('refuses unknown variables and variables of another engagement model', () => {
    const template = {
      key: 'broken',
      name: 'Broken',
      engagement: 'contract' as const,
      title: 'Offer',
      body: 'Hi {{candidate.nickname}}, your salary is {{offer.baseSalary}} at {{ organisation.name }}.',
    };
    expect(templateProblems(template).map((problem) => [problem.variable, problem.problem])).toEqual([
      ['candidate.nickname', 'unknown'],
      ['offer.baseSalary', 'not_for_engagement'],
    ]);
    expect(offerLetterTemplateSchema.safeParse(template).success).toBe(false);
    expect(() => renderOfferLetter({ ...people, template, terms: contractTerms })).toThrow(
      OfferLetterTemplateError,
    );
  });

  it('refuses a template written for another engagement model', () => {
    expect(() =>
      renderOfferLetter({
        ...people,
        template: defaultOfferLetterTemplates.contract,
        terms: fullTimeTerms(),
      }),
    ).toThrow(/template is for a contract offer/);
  });

  it('does not let a value start a new paragraph or inject a variable', () => {
    const letter = renderOfferLetter({
      ...people,
      candidate: { name: 'Eve {{offer.baseSalary}}\n\n# Heading' },
      terms: fullTimeTerms(),
    });
    const text = offerLetterText(letter);
    expect(text).toContain('Dear Eve,');
    expect(letter.signatures[1]!.name).toBe('Eve {{offer.baseSalary}} # Heading');
    expect(
      letter.blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
    ).not.toContain('Heading');
  });
});
