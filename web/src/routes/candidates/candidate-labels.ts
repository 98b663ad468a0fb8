import type { CandidateSource, DuplicateMatch, SkillSource } from '../../api/candidates';

export const sourceLabels: Record<CandidateSource, string> = {
  careers_page: 'Careers page',
  referral: 'Referral',
  agency: 'Agency',
  sourced: 'Sourced',
  import: 'Import',
  job_board: 'Job board',
  manual: 'Added by hand',
  past_candidate: 'Past candidate',
};

export const sourceOptions = Object.entries(sourceLabels).map(([value, label]) => ({ value, label }));

/** Where a skill on the profile came from, as a short phrase after the years. */
export const skillSourceLabels: Record<SkillSource, string> = {
  resume: 'from the résumé',
  candidate: 'said by the candidate',
  interviewer: 'seen by an interviewer',
  recruiter: 'added by a recruiter',
  import: 'from an import',
};

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const matchedOnLabels: Record<DuplicateMatch, string> = {
  email: 'e-mail',
  phone: 'phone number',
  github: 'GitHub account',
};

/** "the same e-mail and phone number" */
export function describeMatch(matchedOn: DuplicateMatch[]): string {
  const parts = matchedOn.map((match) => matchedOnLabels[match]);
  if (parts.length === 0) return 'similar details';
  const last = parts.pop();
  return `the same ${parts.length ? `${parts.join(', ')} and ${last}` : last}`;
}

export const applicationStatusLabels = {
  active: { label: 'In process', color: 'blue' },
  rejected: { label: 'Rejected', color: 'gray' },
  withdrawn: { label: 'Withdrew', color: 'gray' },
  hired: { label: 'Hired', color: 'green' },
} as const;

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar 2021" from "2021-03". */
export function formatMonth(month: string | null): string {
  if (!month) return '?';
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return monthFormat.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** "1 year", "4.5 years". */
export function formatYears(years: number): string {
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'year' : 'years'}`;
}
