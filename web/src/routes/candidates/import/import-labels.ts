import type { ImportField } from '../../../api/candidate-imports';

/** The mapping screen's groups, in the order a recruiter reads a spreadsheet. */
export const fieldGroups: { title: string; fields: ImportField[] }[] = [
  {
    title: 'Person',
    fields: ['name', 'firstName', 'lastName', 'headline', 'currentTitle', 'currentCompany'],
  },
  { title: 'Contact', fields: ['email', 'emails', 'phone', 'location'] },
  { title: 'Links', fields: ['github', 'linkedin', 'stackoverflow', 'website'] },
  {
    title: 'Skills and terms',
    fields: ['skills', 'totalYears', 'salaryAmount', 'salaryCurrency', 'noticePeriodWeeks'],
  },
  { title: 'Where they came from', fields: ['source', 'sourceDetail', 'tags', 'externalId'] },
];

export const fieldLabels: Record<ImportField, { label: string; hint?: string }> = {
  name: { label: 'Full name', hint: 'Or map the first and last name instead.' },
  firstName: { label: 'First name' },
  lastName: { label: 'Last name' },
  headline: { label: 'Headline' },
  currentTitle: { label: 'Current title' },
  currentCompany: { label: 'Current company' },
  email: { label: 'E-mail', hint: 'Used to recognise people already in your pool.' },
  emails: { label: 'Other e-mails', hint: 'Several may be separated by ; or ,' },
  phone: { label: 'Phone', hint: 'Stored in international format where possible.' },
  location: { label: 'Location' },
  github: { label: 'GitHub', hint: 'A profile address or a handle.' },
  linkedin: { label: 'LinkedIn' },
  stackoverflow: { label: 'Stack Overflow' },
  website: { label: 'Website' },
  skills: { label: 'Skills', hint: 'Separated by ; or , — "Go (5 years)" keeps the years.' },
  totalYears: { label: 'Years of experience' },
  salaryAmount: { label: 'Salary expectation' },
  salaryCurrency: { label: 'Salary currency' },
  noticePeriodWeeks: { label: 'Notice period (weeks)' },
  source: { label: 'Source', hint: 'Referral, agency, job board… anything else counts as an import.' },
  sourceDetail: { label: 'Source detail', hint: 'e.g. the referrer or the job board’s name.' },
  tags: { label: 'Tags', hint: 'Separated by ; or ,' },
  externalId: {
    label: 'External id',
    hint: 'The id in the system you export from: re-importing the file updates the same people.',
  },
};

export const delimiterNames: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

export const formatCount = (value: number) => value.toLocaleString('en-US');
