import type { ApplicationStatus } from '../../api/pipeline';

export const sourceLabels: Record<string, string> = {
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

/** Active cards need no badge; the others say why they are no longer in the running. */
export const statusBadges: Record<ApplicationStatus, { label: string; color: string } | undefined> = {
  active: undefined,
  hired: { label: 'Hired', color: 'green' },
  rejected: { label: 'Rejected', color: 'gray' },
  withdrawn: { label: 'Withdrawn', color: 'gray' },
};

export const daysInStageText = (days: number) =>
  days === 0 ? 'Arrived today' : `${days} ${days === 1 ? 'day' : 'days'} here`;

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** When queued e-mails go out, as offered in the bulk dialogs. */
export const emailDelays = [
  { value: '0', label: 'Now', phrase: 'now' },
  { value: '24', label: 'In 1 day', phrase: 'tomorrow' },
  { value: '72', label: 'In 3 days', phrase: 'in 3 days' },
] as const;

export const delayPhrase = (delayHours: number) =>
  emailDelays.find((delay) => Number(delay.value) === delayHours)?.phrase ?? `in ${delayHours} hours`;

/** "e-mails go out tomorrow" / "the e-mail goes out now". */
export const emailsGoOut = (count: number, delayHours: number) =>
  `${count === 1 ? 'the e-mail goes' : 'e-mails go'} out ${delayPhrase(delayHours)}`;
