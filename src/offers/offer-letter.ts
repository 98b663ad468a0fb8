import { z } from 'zod';
import { firstName } from '../candidates/email-templates.ts';
import {
  DEFAULT_LOCALE,
  formatAmount,
  formatDate,
  formatNumber,
  formatPay,
  listWords,
  plural,
} from './format.ts';
import {
  type Bonus,
  contractWeeks,
  type Equity,
  engagementEndDate,
  type OfferEngagement,
  type OfferLocation,
  type OfferTerms,
  offerEngagementLabels,
  offerEngagements,
  targetBonus,
} from './offer-terms.ts';

/**
 * Offer letters: organisation templates with {{variables}} (the same syntax and the same refusal of unknown
 * names as the e-mail templates), a warm default per engagement model, and the rendered letter the PDF
 * renderer and the candidate's page both draw from. Pure: dates come in as arguments.
 *
 * Template markup, kept small on purpose: a blank line separates paragraphs, "# " starts a heading, "- " a
 * bullet. A line that mentions something this offer does not have (no bonus, no equity, no reply-by date) is
 * left out, so one template fits offers with and without them. A list variable alone on its line becomes
 * bullets (and an empty list takes the line introducing it, ending in ":", with it); inside a sentence it
 * reads "a, b and c".
 */

// ─── Variables ───────────────────────────────────────────────────────────────────────────────────────

const commonVariables = [
  'candidate.name',
  'candidate.firstName',
  'job.title',
  'organisation.name',
  'sender.name',
  'sender.title',
  'offer.engagement',
  'offer.startDate',
  'offer.location',
  'offer.respondBy',
] as const;

const engagementVariables = {
  full_time: ['offer.baseSalary', 'offer.bonus', 'offer.signingBonus', 'offer.equity', 'offer.benefits'],
  contract: ['offer.rate', 'offer.hoursPerWeek', 'offer.duration', 'offer.endDate', 'offer.notice'],
  contract_to_hire: [
    'offer.rate',
    'offer.hoursPerWeek',
    'offer.notice',
    'offer.contractLength',
    'offer.conversionDate',
    'offer.intendedSalary',
    'offer.equity',
  ],
  paid_trial: [
    'offer.rate',
    'offer.hoursPerWeek',
    'offer.trialLength',
    'offer.endDate',
    'offer.successCriteria',
  ],
} as const satisfies Record<OfferEngagement, readonly string[]>;

type EngagementVariable = (typeof engagementVariables)[OfferEngagement][number];
export type OfferLetterVariable = (typeof commonVariables)[number] | EngagementVariable;

export const offerLetterVariables: readonly OfferLetterVariable[] = [
  ...commonVariables,
  ...new Set(offerEngagements.flatMap((engagement) => engagementVariables[engagement])),
];

/** The variables a template for this engagement model may use. */
export function variablesFor(engagement: OfferEngagement): readonly OfferLetterVariable[] {
  return [...commonVariables, ...engagementVariables[engagement]];
}

const listVariables = new Set<string>(['offer.benefits', 'offer.successCriteria']);
const isListVariable = (name: string) => listVariables.has(name);

const placeholder = /\{\{\s*([a-zA-Z.]+)\s*\}\}/g;
const wholeLinePlaceholder = /^\s*\{\{\s*([a-zA-Z.]+)\s*\}\}\s*$/;

export type TemplateProblem = {
  variable: string;
  problem: 'unknown' | 'not_for_engagement';
  message: string;
};

/**
 * What is wrong with a template's variables: names that do not exist, and names that exist but mean
 * nothing for its engagement model (a salary in a contract letter). Reported when a template is saved, and
 * again before rendering.
 */
export function templateProblems(
  template: Pick<OfferLetterTemplate, 'engagement' | 'title' | 'body'>,
): TemplateProblem[] {
  const allowed = new Set<string>(variablesFor(template.engagement));
  const known = new Set<string>(offerLetterVariables);
  const problems = new Map<string, TemplateProblem>();
  for (const [, name] of `${template.title}\n${template.body}`.matchAll(placeholder)) {
    if (allowed.has(name!) || problems.has(name!)) continue;
    problems.set(
      name!,
      known.has(name!)
        ? {
            variable: name!,
            problem: 'not_for_engagement',
            message: `{{${name}}} has no meaning in a ${offerEngagementLabels[template.engagement].toLowerCase()} offer.`,
          }
        : { variable: name!, problem: 'unknown', message: `{{${name}}} is not a variable Hirebench knows.` },
    );
  }
  return [...problems.values()];
}

export class OfferLetterTemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(
      `The offer letter template cannot be used: ${problems.map((problem) => problem.message).join(' ')}`,
    );
    this.name = 'OfferLetterTemplateError';
  }
}

// ─── Templates ───────────────────────────────────────────────────────────────────────────────────────

export const offerLetterTemplateSchema = z
  .object({
    key: z.string().trim().min(1).max(60),
    name: z.string().trim().min(2).max(120),
    engagement: z.enum(offerEngagements),
    title: z.string().trim().min(2).max(200),
    body: z.string().trim().min(20).max(20_000),
  })
  .superRefine((template, ctx) => {
    for (const problem of templateProblems(template)) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: problem.message });
    }
  });
export type OfferLetterTemplate = z.infer<typeof offerLetterTemplateSchema>;

const closing = `If anything here is unclear, or you would like to talk any part of it through, simply reply to the e-mail that came with this letter. We are glad to help.

This offer is open until {{offer.respondBy}}. You can accept or decline it through the secure link in that e-mail.

Warm regards,
{{sender.name}}
{{sender.title}}
{{organisation.name}}`;

export const defaultOfferLetterTemplates: Record<OfferEngagement, OfferLetterTemplate> = {
  full_time: {
    key: 'default_full_time',
    name: 'Full-time offer',
    engagement: 'full_time',
    title: 'Offer of employment: {{job.title}}',
    body: `Dear {{candidate.firstName}},

We are delighted to offer you the position of {{job.title}} at {{organisation.name}}. Everyone you met enjoyed the conversations, and we would love you to join the team.

# What we are offering

Your base salary will be {{offer.baseSalary}} a year.

On top of your salary, you will be eligible for {{offer.bonus}}.

We will also pay you a signing bonus of {{offer.signingBonus}} with your first salary.

You will be granted {{offer.equity}}, under the terms of our equity plan.

Your benefits include:
{{offer.benefits}}

# When and where

We would like you to start on {{offer.startDate}}. The role is {{offer.location}}.

Before your first day we will have your accounts, equipment and access to the code ready, and a teammate will be your onboarding buddy. We have planned your first weeks so that you can ship a small first change in your first week.

# Next steps

${closing}`,
  },
  contract: {
    key: 'default_contract',
    name: 'Contract offer',
    engagement: 'contract',
    title: 'Contract offer: {{job.title}}',
    body: `Dear {{candidate.firstName}},

Thank you for the time you spent with us. We would be glad to have you work with {{organisation.name}} as {{job.title}}, and this letter sets out the terms we are proposing.

# The engagement

The contract starts on {{offer.startDate}} and runs for {{offer.duration}}, until {{offer.endDate}}.

Your rate is {{offer.rate}}, for about {{offer.hoursPerWeek}} hours a week. You will invoice us for the time you work.

Either of us can end the contract early with {{offer.notice}} of notice in writing.

The work is {{offer.location}}.

# How we will work together

On your first day you will have access to the code, the documentation and a working environment, and a named teammate to go to with questions. We will agree the scope and the first deliverables with you in your first week.

# Next steps

${closing}`,
  },
  contract_to_hire: {
    key: 'default_contract_to_hire',
    name: 'Contract-to-hire offer',
    engagement: 'contract_to_hire',
    title: 'Contract-to-hire offer: {{job.title}}',
    body: `Dear {{candidate.firstName}},

We enjoyed getting to know you, and we would like you to join {{organisation.name}} as {{job.title}}. We are proposing to start with a contract and, if it works well for both of us, to make the role permanent.

# The contract

The contract starts on {{offer.startDate}} and runs for about {{offer.contractLength}}. Your rate is {{offer.rate}}, for about {{offer.hoursPerWeek}} hours a week.

During the contract, either of us can end it with {{offer.notice}} of notice in writing.

The work is {{offer.location}}.

# Becoming permanent

We plan to offer you a permanent position from {{offer.conversionDate}}, with a base salary of {{offer.intendedSalary}} a year.

As a permanent employee, you would also be granted {{offer.equity}}, under the terms of our equity plan.

We will sit down with you before that date to look back on the work together, and we will tell you our decision in good time. You are, of course, free to decide too.

# Next steps

${closing}`,
  },
  paid_trial: {
    key: 'default_paid_trial',
    name: 'Paid trial offer',
    engagement: 'paid_trial',
    title: 'Paid trial: {{job.title}}',
    body: `Dear {{candidate.firstName}},

Thank you for your interest in the {{job.title}} role at {{organisation.name}}. Before we both commit, we would like to invite you to a paid trial: a short period of real work, with real support, so that you can judge us as much as we judge the work.

# The trial

The trial starts on {{offer.startDate}} and lasts {{offer.trialLength}}, until {{offer.endDate}}. We will pay you {{offer.rate}}, for about {{offer.hoursPerWeek}} hours a week, whatever the outcome.

The work is {{offer.location}}.

# What we will look at together

We have written down what a successful trial looks like, so there are no surprises at the end:

{{offer.successCriteria}}

You will have a named teammate to help you throughout. At the end of the trial we will talk it through with you and share our decision and our reasons.

# Next steps

${closing}`,
  },
};

// ─── Values ──────────────────────────────────────────────────────────────────────────────────────────

export type OfferLetterInput = {
  terms: OfferTerms;
  candidate: { name: string };
  job: { title: string };
  organisation: { name: string };
  sender: { name: string; title?: string | null };
  /** The date the letter is issued, YYYY-MM-DD. */
  issuedOn: string;
  /** The last day the offer can be accepted, YYYY-MM-DD. */
  respondBy?: string | null;
  /** The organisation's template; the default for the engagement model when absent. */
  template?: OfferLetterTemplate;
  locale?: string;
};

/** A value, a list, or null when this offer has nothing to say (the line mentioning it is left out). */
export type VariableValue = string | string[] | null;

function equityWords(equity: Equity, locale: string): string | null {
  if (equity.type === 'none') return null;
  const grant =
    equity.type === 'options'
      ? equity.unit === 'percent'
        ? `stock options for ${formatNumber(equity.amount, locale)}% of the company`
        : `${formatNumber(equity.amount, locale)} stock options`
      : equity.unit === 'percent'
        ? `restricted stock units (RSUs) for ${formatNumber(equity.amount, locale)}% of the company`
        : `${formatNumber(equity.amount, locale)} restricted stock units (RSUs)`;
  const { years, cliffMonths, frequency } = equity.vesting;
  const cliff =
    cliffMonths === 0
      ? ''
      : cliffMonths % 12 === 0
        ? ` with a ${cliffMonths / 12}-year cliff`
        : ` with a ${cliffMonths}-month cliff`;
  return `${grant}, vesting ${frequency} over ${plural(years, 'year')}${cliff}`;
}

function bonusWords(bonus: Bonus, baseSalary: number, currency: string, locale: string): string | null {
  switch (bonus.type) {
    case 'none':
      return null;
    case 'target_percent':
      return `a yearly target bonus of ${formatNumber(bonus.percent, locale)}% of your base salary (${formatAmount(targetBonus(bonus, baseSalary), currency, locale)})`;
    case 'fixed':
      return `a yearly bonus of ${formatAmount(bonus.amount, currency, locale)}`;
  }
}

/** "remote (US)", "hybrid, based in Berlin", "on-site in Austin": reads after "The role is". */
function locationWords(location: OfferLocation): string {
  const place = location.description;
  switch (location.workplace) {
    case 'remote':
      return place ? `remote (${place})` : 'remote';
    case 'hybrid':
      return place ? `hybrid, based in ${place}` : 'hybrid';
    case 'onsite':
      return place ? `on-site in ${place}` : 'on-site';
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every variable's value for this offer; variables of other engagement models are absent. */
export function offerLetterValues(
  input: OfferLetterInput,
): Partial<Record<OfferLetterVariable, VariableValue>> {
  const { terms } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const date = (isoDate: string) => formatDate(isoDate, locale);
  const values: Partial<Record<OfferLetterVariable, VariableValue>> = {
    'candidate.name': oneLine(input.candidate.name),
    'candidate.firstName': firstName(input.candidate.name),
    'job.title': input.job.title,
    'organisation.name': input.organisation.name,
    'sender.name': input.sender.name,
    'sender.title': input.sender.title?.trim() || null,
    'offer.engagement': offerEngagementLabels[terms.engagement].toLowerCase(),
    'offer.startDate': date(terms.startDate),
    'offer.location': locationWords(terms.location),
    'offer.respondBy': input.respondBy ? date(input.respondBy) : null,
  };
  const end = engagementEndDate(terms);
  switch (terms.engagement) {
    case 'full_time':
      return {
        ...values,
        'offer.baseSalary': formatAmount(terms.baseSalary, terms.currency, locale),
        'offer.bonus': bonusWords(terms.bonus, terms.baseSalary, terms.currency, locale),
        'offer.signingBonus':
          terms.signingBonus > 0 ? formatAmount(terms.signingBonus, terms.currency, locale) : null,
        'offer.equity': equityWords(terms.equity, locale),
        'offer.benefits': terms.benefits.length > 0 ? terms.benefits : null,
      };
    case 'contract':
      return {
        ...values,
        'offer.rate': formatPay(terms.rate.amount, terms.currency, terms.rate.per, locale),
        'offer.hoursPerWeek': formatNumber(terms.hoursPerWeek, locale),
        'offer.duration': plural(terms.durationWeeks, 'week'),
        'offer.endDate': end && date(end),
        'offer.notice': terms.noticeWeeks > 0 ? plural(terms.noticeWeeks, 'week') : null,
      };
    case 'contract_to_hire':
      return {
        ...values,
        'offer.rate': formatPay(terms.rate.amount, terms.currency, terms.rate.per, locale),
        'offer.hoursPerWeek': formatNumber(terms.hoursPerWeek, locale),
        'offer.notice': terms.noticeWeeks > 0 ? plural(terms.noticeWeeks, 'week') : null,
        'offer.contractLength': plural(contractWeeks(terms), 'week'),
        'offer.conversionDate': date(terms.conversionDate),
        'offer.intendedSalary': formatAmount(terms.intendedSalary, terms.currency, locale),
        'offer.equity': equityWords(terms.intendedEquity, locale),
      };
    case 'paid_trial':
      return {
        ...values,
        'offer.rate': formatPay(terms.rate.amount, terms.currency, terms.rate.per, locale),
        'offer.hoursPerWeek': formatNumber(terms.hoursPerWeek, locale),
        'offer.trialLength': plural(terms.lengthWeeks, 'week'),
        'offer.endDate': end && date(end),
        'offer.successCriteria': terms.successCriteria,
      };
  }
}

// ─── The rendered letter ─────────────────────────────────────────────────────────────────────────────

export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

export type TermsRow = { label: string; value: string };

export type SignatureLine = {
  party: 'organisation' | 'candidate';
  /** "For Acme Ltd" or "Accepted by". */
  heading: string;
  name: string;
  title: string | null;
};

export type OfferLetter = {
  engagement: OfferEngagement;
  locale: string;
  organisationName: string;
  candidateName: string;
  jobTitle: string;
  title: string;
  /** Formatted issue date, e.g. "February 20, 2026". */
  issuedOn: string;
  blocks: LetterBlock[];
  /** The summary table of terms printed under the letter. */
  terms: TermsRow[];
  signatures: SignatureLine[];
};

/** Values are single-line text: a stray newline in a benefit must not start a new paragraph. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Fills a line; null when it mentions a variable with nothing to say for this offer. */
function fillLine(line: string, values: Partial<Record<string, VariableValue>>): string | null {
  let empty = false;
  const filled = line.replace(placeholder, (_match, name: string) => {
    const value = values[name];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
      empty = true;
      return '';
    }
    return Array.isArray(value) ? listWords(value.map(oneLine)) : oneLine(value);
  });
  return empty ? null : filled;
}

function renderBlocks(body: string, values: Partial<Record<string, VariableValue>>): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const flushList = () => {
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    list = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const listName = wholeLinePlaceholder.exec(line)?.[1];
    const listValue = listName ? values[listName] : undefined;
    if (Array.isArray(listValue)) {
      flushParagraph();
      list.push(...listValue.map(oneLine));
      continue;
    }
    if (listName && isListVariable(listName) && (listValue === null || listValue === undefined)) {
      // Nothing to list: the line introducing the list ("Your benefits include:") goes too.
      if (paragraph.at(-1)?.endsWith(':')) paragraph.pop();
      continue;
    }
    const filled = fillLine(line, values);
    if (filled === null) continue;
    if (line.startsWith('# ')) {
      flushParagraph();
      flushList();
      blocks.push({ kind: 'heading', text: filled.slice(2).trim() });
    } else if (line.startsWith('- ')) {
      flushParagraph();
      list.push(filled.slice(2).trim());
    } else {
      flushList();
      paragraph.push(filled);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** The summary of terms in plain words: the letter's table, and the team's offer page. */
export function termsTable(
  input: Pick<OfferLetterInput, 'terms' | 'job' | 'respondBy' | 'locale'>,
): TermsRow[] {
  const { terms } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const date = (isoDate: string) => formatDate(isoDate, locale);
  const pay = (amount: number, per: Parameters<typeof formatPay>[2]) =>
    formatPay(amount, terms.currency, per, locale);
  const rows: (TermsRow | null)[] = [
    { label: 'Position', value: input.job.title },
    { label: 'Engagement', value: offerEngagementLabels[terms.engagement] },
    { label: 'Start date', value: date(terms.startDate) },
  ];
  const end = engagementEndDate(terms);
  const hours = (hoursPerWeek: number) => ({
    label: 'Expected hours',
    value: `${formatNumber(hoursPerWeek, locale)} hours a week`,
  });
  const notice = (weeks: number) => ({
    label: 'Notice',
    value: weeks > 0 ? `${plural(weeks, 'week')}, by either side` : 'None',
  });
  const equity = (label: string, value: Equity) => {
    const words = equityWords(value, locale);
    return words ? { label, value: capitalise(words) } : null;
  };
  switch (terms.engagement) {
    case 'full_time': {
      const bonus = bonusWords(terms.bonus, terms.baseSalary, terms.currency, locale);
      rows.push(
        { label: 'Base salary', value: pay(terms.baseSalary, 'year') },
        bonus ? { label: 'Bonus', value: capitalise(bonus) } : null,
        terms.signingBonus > 0
          ? { label: 'Signing bonus', value: formatAmount(terms.signingBonus, terms.currency, locale) }
          : null,
        equity('Equity', terms.equity),
        terms.benefits.length > 0
          ? { label: 'Benefits', value: terms.benefits.map(oneLine).join('; ') }
          : null,
      );
      break;
    }
    case 'contract':
      rows.push(
        { label: 'Rate', value: pay(terms.rate.amount, terms.rate.per) },
        hours(terms.hoursPerWeek),
        { label: 'Duration', value: `${plural(terms.durationWeeks, 'week')}, until ${date(end!)}` },
        notice(terms.noticeWeeks),
      );
      break;
    case 'contract_to_hire':
      rows.push(
        { label: 'Contract rate', value: pay(terms.rate.amount, terms.rate.per) },
        hours(terms.hoursPerWeek),
        notice(terms.noticeWeeks),
        { label: 'Planned conversion', value: date(terms.conversionDate) },
        { label: 'Salary after conversion', value: pay(terms.intendedSalary, 'year') },
        equity('Equity after conversion', terms.intendedEquity),
      );
      break;
    case 'paid_trial':
      rows.push(
        { label: 'Length', value: `${plural(terms.lengthWeeks, 'week')}, until ${date(end!)}` },
        { label: 'Rate', value: pay(terms.rate.amount, terms.rate.per) },
        hours(terms.hoursPerWeek),
        { label: 'Success criteria', value: terms.successCriteria.map(oneLine).join('; ') },
      );
      break;
  }
  rows.push({ label: 'Location', value: capitalise(locationWords(terms.location)) });
  if (input.respondBy) rows.push({ label: 'Reply by', value: date(input.respondBy) });
  return rows.filter((row): row is TermsRow => row !== null);
}

/**
 * Renders the letter: refuses a template with unknown variables or variables of another engagement model
 * (a template for contracts used for a full-time offer), then fills it from the offer.
 */
export function renderOfferLetter(input: OfferLetterInput): OfferLetter {
  const template = input.template ?? defaultOfferLetterTemplates[input.terms.engagement];
  if (template.engagement !== input.terms.engagement) {
    throw new OfferLetterTemplateError([
      {
        variable: '',
        problem: 'not_for_engagement',
        message: `The template is for a ${offerEngagementLabels[template.engagement].toLowerCase()} offer, but this offer is ${offerEngagementLabels[input.terms.engagement].toLowerCase()}.`,
      },
    ]);
  }
  const problems = templateProblems(template);
  if (problems.length > 0) throw new OfferLetterTemplateError(problems);
  const locale = input.locale ?? DEFAULT_LOCALE;
  const values = offerLetterValues(input);
  return {
    engagement: input.terms.engagement,
    locale,
    organisationName: input.organisation.name,
    candidateName: oneLine(input.candidate.name),
    jobTitle: input.job.title,
    // A title never loses a whole line: an empty variable in it simply reads as nothing.
    title: oneLine(
      template.title.replace(placeholder, (_match, name: string) => fillLine(`{{${name}}}`, values) ?? ''),
    ),
    issuedOn: formatDate(input.issuedOn, locale),
    blocks: renderBlocks(template.body, values),
    terms: termsTable(input),
    signatures: [
      {
        party: 'organisation',
        heading: `For ${input.organisation.name}`,
        name: input.sender.name,
        title: input.sender.title?.trim() || null,
      },
      { party: 'candidate', heading: 'Accepted by', name: oneLine(input.candidate.name), title: null },
    ],
  };
}

/** The letter as plain text: for the e-mail body, the candidate's page without JavaScript, and tests. */
export function offerLetterText(letter: OfferLetter): string {
  const parts: string[] = [letter.organisationName, letter.title, letter.issuedOn];
  for (const block of letter.blocks) {
    if (block.kind === 'heading') parts.push(block.text.toUpperCase());
    else if (block.kind === 'paragraph') parts.push(block.text);
    else parts.push(block.items.map((item) => `• ${item}`).join('\n'));
  }
  parts.push(
    'SUMMARY OF TERMS',
    letter.terms.map((row) => `${row.label}: ${row.value}`).join('\n'),
    letter.signatures
      .map((line) => [line.heading, line.name, line.title].filter(Boolean).join('\n'))
      .join('\n\n'),
  );
  return parts.join('\n\n');
}
