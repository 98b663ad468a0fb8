/** The job page's tabs, as they appear in the URL (`?tab=applications`). */
export const jobTabs = ['posting', 'form', 'applications', 'interviews', 'plan', 'publishing'] as const;
export type JobTab = (typeof jobTabs)[number];
