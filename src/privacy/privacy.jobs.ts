import { type DailyJob, dailyJob } from '../platform/jobs/schedule.ts';
import type { Services } from '../platform/services.ts';
import { retentionJob } from './retention.ts';
import { stalledDigestJob } from './stalled-digest.ts';

/** Hours (UTC) of the daily jobs: retention at night, the digest before the European working day. */
export const RETENTION_HOUR_UTC = 2;
export const STALLED_DIGEST_HOUR_UTC = 7;

/** The daily jobs of this capability, for `startDailyJobs` at boot. */
export function privacyDailyJobs(services: Services): DailyJob<Record<string, never>>[] {
  return [
    dailyJob(retentionJob(services), { hourUtc: RETENTION_HOUR_UTC, payload: {} }),
    dailyJob(stalledDigestJob(services), { hourUtc: STALLED_DIGEST_HOUR_UTC, payload: {} }),
  ];
}
