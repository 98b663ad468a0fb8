// Every table, gathered for drizzle. Each capability owns its tables in its own folder.
export * from '../../accounts/accounts.tables.ts';
export * from '../../assessments/assessments.tables.ts';
export * from '../../assessments/org-exercises/org-exercises.tables.ts';
export * from '../../candidates/candidates.tables.ts';
export * from '../../interviews/interviews.tables.ts';
export * from '../../offers/offers.tables.ts';
export * from '../../onboarding/onboarding.tables.ts';
export * from '../../planning/planning.tables.ts';
export * from '../../privacy/privacy.tables.ts';
export * from '../../roles/roles.tables.ts';
export * from '../audit/audit.tables.ts';
export * from '../files/files.tables.ts';
export * from '../jobs/jobs.tables.ts';
export * from '../mail/outbox.tables.ts';
