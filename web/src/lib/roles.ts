import type { Role } from '../api/types';

export const roleOptions: { value: Role; label: string; description: string }[] = [
  { value: 'admin', label: 'Admin', description: 'Everything, including the team and settings.' },
  { value: 'recruiter', label: 'Recruiter', description: 'Candidates, jobs and the pipeline.' },
  { value: 'hiring_manager', label: 'Hiring manager', description: 'Their own jobs and hiring decisions.' },
  { value: 'interviewer', label: 'Interviewer', description: 'Their own interviews and scorecards.' },
];

export const roleLabel = (role: Role): string =>
  roleOptions.find((option) => option.value === role)?.label ?? role;

/** "an admin", "a hiring manager": for sentences like "invited as a recruiter". */
export function roleWithArticle(role: Role): string {
  const label = roleLabel(role).toLowerCase();
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
