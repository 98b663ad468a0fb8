// Every table, gathered for drizzle. Each capability owns its tables in its own folder.
export * from '../../accounts/accounts.tables.ts';
export * from '../audit/audit.tables.ts';
export * from '../jobs/jobs.tables.ts';
export * from '../mail/outbox.tables.ts';
