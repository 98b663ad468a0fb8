import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerAssessmentJobs } from '../assessments/assessments.service.ts';
import { registerCandidateImportJobs } from '../candidates/import/import.service.ts';
import type { Config } from '../config.ts';
import { registerDemoJobs } from '../demo/demo-seed.ts';
import { interviewsDailyJobs } from '../interviews/calibration.service.ts';
import { onboardingDailyJobs } from '../onboarding/onboarding.service.ts';
import { privacyDailyJobs } from '../privacy/privacy.jobs.ts';
import { pageModules, routeModules } from '../routes.ts';
import { type Database, databaseOptionsFromConfig, openDatabase } from './db/client.ts';
import { buildApp } from './http/app.ts';
import { JobQueue, Worker } from './jobs/queue.ts';
import { registerDailyJobs, scheduleDailyJobs } from './jobs/schedule.ts';
import { createLogger, type Logger } from './log.ts';
import { Mailer } from './mail/mailer.ts';
import type { Services } from './services.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDistDir = path.join(projectRoot, 'dist', 'web');

/** Opens the database, applies migrations and wires the shared services and job handlers. */
export async function createServices(
  config: Config,
  overrides: { database?: Database; log?: Logger } = {},
): Promise<Services> {
  const log = overrides.log ?? createLogger(config);
  const database = overrides.database ?? (await openDatabase(databaseOptionsFromConfig(config)));
  await database.migrate();
  const queue = new JobQueue(database.db);
  const mailer = new Mailer(database.db, queue, { from: config.MAIL_FROM, smtpUrl: config.SMTP_URL });
  const services: Services = { config, database, db: database.db, log, queue, mailer };
  registerDemoJobs(services);
  registerCandidateImportJobs(services);
  registerAssessmentJobs(services);
  registerDailyJobs(services, [
    ...privacyDailyJobs(services),
    ...interviewsDailyJobs(services),
    ...onboardingDailyJobs(services),
  ]);
  return services;
}

export function createApp(services: Services, webDir: string | null = webDistDir) {
  return buildApp(services, { routes: routeModules, pages: pageModules, webDir });
}

export function startWorker(services: Services, id: string) {
  const worker = new Worker(services.queue, {
    id,
    pollMs: services.config.WORKER_POLL_MS,
    onError: (error) => services.log.error({ err: error }, 'worker loop error'),
  });
  services.queue.events.on('failed', (job, error) =>
    services.log.warn({ jobId: job.id, type: job.type, err: error }, 'job attempt failed'),
  );
  // Scheduled here, not at boot, so test databases never receive a daily run.
  scheduleDailyJobs(services, [
    ...privacyDailyJobs(services),
    ...interviewsDailyJobs(services),
    ...onboardingDailyJobs(services),
  ]).catch((error) => services.log.error({ err: error }, 'could not schedule the daily jobs'));
  worker.start();
  return worker;
}
