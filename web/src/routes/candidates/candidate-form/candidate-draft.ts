import type {
  Candidate,
  CandidateInput,
  CandidateSource,
  ParsedResume,
  SalaryExpectation,
  SkillSource,
} from '../../../api/candidates';
import { ApiError } from '../../../api/client';

/**
 * The candidate form's state: every input as the person sees it (strings, '' for empty numbers),
 * with a stable key per list row so removing one row keeps the others' focus and values.
 */
export type ContactRow = { key: string; value: string };
export type SkillRow = { key: string; skill: string; years: number | ''; source: SkillSource };
export type ExperienceRow = { key: string; company: string; title: string; start: string; end: string };
export type EducationRow = { key: string; school: string; degree: string; end: string };

export type CandidateDraft = {
  name: string;
  headline: string;
  location: string;
  timeZone: string;
  emails: ContactRow[];
  phones: ContactRow[];
  links: { github: string; linkedin: string; stackoverflow: string; website: string };
  skills: SkillRow[];
  experience: ExperienceRow[];
  education: EducationRow[];
  totalYears: number | '';
  salaryAmount: number | '';
  salaryCurrency: string;
  salaryPeriod: SalaryExpectation['period'];
  availableFrom: string;
  noticePeriodWeeks: number | '';
  source: CandidateSource;
  sourceDetail: string;
  tags: string[];
  consent: boolean;
  retainUntil: string;
};

/** Problems keyed by input path, e.g. `{ 'emails.1': 'Not a valid e-mail address.' }`. */
export type FieldErrors = Record<string, string>;

let lastKey = 0;
/** Unique within the page; crypto.randomUUID() is missing on plain-http hosts. */
export const rowKey = () => String(++lastKey);

const contactRows = (values: string[]): ContactRow[] =>
  (values.length ? values : ['']).map((value) => ({ key: rowKey(), value }));

const text = (value: string | null | undefined) => value ?? '';
const number = (value: number | null | undefined): number | '' => value ?? '';

export function emptyDraft(): CandidateDraft {
  return {
    name: '',
    headline: '',
    location: '',
    timeZone: '',
    emails: contactRows([]),
    phones: contactRows([]),
    links: { github: '', linkedin: '', stackoverflow: '', website: '' },
    skills: [],
    experience: [],
    education: [],
    totalYears: '',
    salaryAmount: '',
    salaryCurrency: 'USD',
    salaryPeriod: 'year',
    availableFrom: '',
    noticePeriodWeeks: '',
    source: 'manual',
    sourceDetail: '',
    tags: [],
    consent: false,
    retainUntil: '',
  };
}

export function draftFromParsed(parsed: ParsedResume): CandidateDraft {
  return {
    ...emptyDraft(),
    name: text(parsed.name),
    location: text(parsed.location),
    emails: contactRows(parsed.emails),
    phones: contactRows(parsed.phones),
    links: linksDraft(parsed.links),
    skills: parsed.skills.map((skill) => ({
      key: rowKey(),
      skill: skill.name,
      years: number(skill.years),
      source: 'resume',
    })),
    experience: experienceRows(parsed.experience),
    education: educationRows(parsed.education),
    totalYears: number(parsed.totalYears),
    source: 'sourced',
  };
}

export function draftFromCandidate(candidate: Candidate): CandidateDraft {
  return {
    name: candidate.name,
    headline: text(candidate.headline),
    location: text(candidate.location),
    timeZone: text(candidate.timeZone),
    emails: contactRows(candidate.emails),
    phones: contactRows(candidate.phones),
    links: linksDraft(candidate.links),
    skills: candidate.skills.map((skill) => ({
      key: rowKey(),
      skill: skill.name,
      years: number(skill.years),
      source: skill.source,
    })),
    experience: experienceRows(candidate.experience),
    education: educationRows(candidate.education),
    totalYears: number(candidate.totalYears),
    salaryAmount: number(candidate.salaryExpectation?.amount),
    salaryCurrency: candidate.salaryExpectation?.currency ?? 'USD',
    salaryPeriod: candidate.salaryExpectation?.period ?? 'year',
    availableFrom: text(candidate.availableFrom),
    noticePeriodWeeks: number(candidate.noticePeriodWeeks),
    source: candidate.source,
    sourceDetail: text(candidate.sourceDetail),
    tags: candidate.tags,
    consent: candidate.consentAt !== null,
    retainUntil: text(candidate.retainUntil?.slice(0, 10)),
  };
}

function linksDraft(links: Partial<Record<keyof CandidateDraft['links'], string | null>>) {
  return {
    github: text(links.github),
    linkedin: text(links.linkedin),
    stackoverflow: text(links.stackoverflow),
    website: text(links.website),
  };
}

const experienceRows = (entries: Candidate['experience']): ExperienceRow[] =>
  entries.map((entry) => ({
    key: rowKey(),
    company: text(entry.company),
    title: text(entry.title),
    start: text(entry.start),
    end: text(entry.end),
  }));

const educationRows = (entries: Candidate['education']): EducationRow[] =>
  entries.map((entry) => ({
    key: rowKey(),
    school: entry.school,
    degree: text(entry.degree),
    end: text(entry.end),
  }));

/**
 * Drops rows left blank, so the indexes the server reports ("emails.1") match the rows on screen.
 * Keeps one (empty) e-mail and phone input so the person always has somewhere to type.
 */
export function withoutBlankRows(draft: CandidateDraft): CandidateDraft {
  const filled = (rows: ContactRow[]) => rows.filter((row) => row.value.trim());
  const emails = filled(draft.emails);
  const phones = filled(draft.phones);
  return {
    ...draft,
    emails: emails.length ? emails : contactRows([]),
    phones: phones.length ? phones : contactRows([]),
    skills: draft.skills.filter((row) => row.skill.trim()),
    experience: draft.experience.filter(
      (row) => row.company.trim() || row.title.trim() || row.start || row.end,
    ),
    education: draft.education.filter((row) => row.school.trim() || row.degree.trim() || row.end.trim()),
  };
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const monthPattern = /^\d{4}-\d{2}$/;

/** The checks a person can fix before sending; the server checks everything again. */
export function validateDraft(draft: CandidateDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.name.trim()) errors.name = 'Enter the candidate’s name.';
  draft.emails.forEach((row, index) => {
    if (row.value.trim() && !emailPattern.test(row.value.trim()))
      errors[`emails.${index}`] = 'Enter an e-mail address like name@company.com.';
  });
  draft.phones.forEach((row, index) => {
    if (row.value.trim() && (row.value.match(/\d/g) ?? []).length < 5)
      errors[`phones.${index}`] = 'Enter the whole number, with the country code if you know it.';
  });
  draft.experience.forEach((row, index) => {
    if (row.start && !monthPattern.test(row.start)) errors[`experience.${index}.start`] = 'Use YYYY-MM.';
    if (row.end && !monthPattern.test(row.end)) errors[`experience.${index}.end`] = 'Use YYYY-MM.';
    if (row.start && row.end && row.end < row.start)
      errors[`experience.${index}.end`] = 'The end is before the start.';
  });
  draft.education.forEach((row, index) => {
    if (!row.school.trim()) errors[`education.${index}.school`] = 'Enter the school.';
  });
  if (draft.salaryAmount !== '' && !/^[A-Za-z]{3}$/.test(draft.salaryCurrency.trim()))
    errors['salaryExpectation.currency'] = 'Use a three-letter code like USD or EUR.';
  return errors;
}

const orNull = (value: string) => value.trim() || null;
const numberOrNull = (value: number | '') => (value === '' ? null : value);

export function draftToInput(draft: CandidateDraft): CandidateInput {
  return {
    name: draft.name.trim(),
    headline: orNull(draft.headline),
    location: orNull(draft.location),
    timeZone: orNull(draft.timeZone),
    emails: draft.emails.map((row) => row.value.trim()).filter(Boolean),
    phones: draft.phones.map((row) => row.value.trim()).filter(Boolean),
    links: {
      github: orNull(draft.links.github),
      linkedin: orNull(draft.links.linkedin),
      stackoverflow: orNull(draft.links.stackoverflow),
      website: orNull(draft.links.website),
    },
    skills: draft.skills.map((row) => ({
      skill: row.skill.trim(),
      years: numberOrNull(row.years),
      source: row.source,
    })),
    experience: draft.experience.map((row) => ({
      company: orNull(row.company),
      title: orNull(row.title),
      start: row.start || null,
      end: row.end || null,
    })),
    education: draft.education.map((row) => ({
      school: row.school.trim(),
      degree: orNull(row.degree),
      end: orNull(row.end),
    })),
    totalYears: numberOrNull(draft.totalYears),
    salaryExpectation:
      draft.salaryAmount === ''
        ? null
        : {
            amount: draft.salaryAmount,
            currency: draft.salaryCurrency.trim().toUpperCase(),
            period: draft.salaryPeriod,
          },
    availableFrom: draft.availableFrom || null,
    noticePeriodWeeks: numberOrNull(draft.noticePeriodWeeks),
    source: draft.source,
    sourceDetail: orNull(draft.sourceDetail),
    tags: draft.tags,
    consent: draft.consent,
    retainUntil: draft.retainUntil || null,
  };
}

/** The server's 400 details ("candidate.emails.0") keyed like the form's paths ("emails.0"). */
export function serverFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.details) {
    errors[issue.path.replace(/^(\/|body\.)?candidate\./, '')] ??= plainMessage(issue.message);
  }
  return errors;
}

// The server's generic length and range checks are worded for developers; these read better.
const plainMessages: [RegExp, (limit: string) => string][] = [
  [
    /^Too small: expected string to have >=(\d+) characters?$/,
    (limit) => `Use at least ${limit} characters.`,
  ],
  [/^Too big: expected string to have <=(\d+) characters?$/, (limit) => `Use at most ${limit} characters.`],
  [/^Too small: expected number to be >=(\S+)$/, (limit) => `Use ${limit} or more.`],
  [/^Too big: expected number to be <=(\S+)$/, (limit) => `Use ${limit} or less.`],
];

function plainMessage(message: string): string {
  for (const [pattern, reword] of plainMessages) {
    const match = pattern.exec(message);
    if (match?.[1]) return reword(match[1]);
  }
  return message;
}
