import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, rowsOf } from '../platform/db/client.ts';
import { defineJob, type JobContext } from '../platform/jobs/queue.ts';
import type { Services } from '../platform/services.ts';
import { eraseCandidate } from './erase.ts';
import { DEFAULT_REJECTED_RETENTION_MONTHS } from './privacy.tables.ts';

/**
 * The retention policy: a candidate whose applications all closed (rejected or withdrawn) more than the
 * organisation's `rejectedRetentionMonths` ago is anonymised with the same erasure as a request — unless they
 * agreed to be kept longer (`retainUntil` after today).
 */

/** `now` minus whole months, on the last day of the month when the day does not exist there. Pure. */
export function retentionCutoff(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(now.getUTCDate(), lastDay),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  );
}

/**
 * Candidates of the organisation due for anonymisation: not yet anonymised or merged away, with at least one
 * application, every application (theirs and their merged records') rejected or withdrawn before `cutoff`,
 * and no `retainUntil` after `today` (YYYY-MM-DD).
 */
export async function findExpiredCandidates(
  db: Executor,
  orgId: string,
  cutoff: Date,
  today: string,
  limit: number,
): Promise<string[]> {
  const result = await db.execute(sql`
    select c.id from candidates c
    where c.org_id = ${orgId}
      and c.anonymised_at is null
      and c.merged_into_id is null
      and (c.retain_until is null or c.retain_until <= ${today}::date)
      and exists (select 1 from applications a where a.candidate_id = c.id)
      and not exists (
        select 1 from applications a
        where (a.candidate_id = c.id
               or a.candidate_id in (select m.id from candidates m where m.merged_into_id = c.id))
          and (a.status not in ('rejected', 'withdrawn')
               or coalesce(a.closed_at, a.updated_at) >= ${cutoff.toISOString()}::timestamptz)
      )
    order by c.created_at
    limit ${limit}`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

const BATCH = 100;

/** Applies every organisation's retention policy; each candidate is erased in its own transaction. */
export async function applyRetention(
  services: Pick<Services, 'db' | 'log'>,
  options: { now?: Date; context?: Pick<JobContext, 'reportProgress'> } = {},
): Promise<{ organisations: number; erased: number }> {
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const policies = rowsOf<{ org_id: string; months: number }>(
    await services.db.execute(sql`
      select o.id as org_id, coalesce(p.rejected_retention_months, ${DEFAULT_REJECTED_RETENTION_MONTHS})::int as months
      from organisations o left join privacy_settings p on p.org_id = o.id
      order by o.created_at`),
  );
  let erased = 0;
  for (const [index, policy] of policies.entries()) {
    const cutoff = retentionCutoff(now, policy.months);
    let erasedHere = 0;
    for (;;) {
      const due = await findExpiredCandidates(services.db, policy.org_id, cutoff, today, BATCH);
      for (const candidateId of due) {
        await services.db.transaction((tx) =>
          eraseCandidate(tx, {
            orgId: policy.org_id,
            candidateId,
            actorUserId: null,
            trigger: 'retention',
            now,
          }),
        );
      }
      erasedHere += due.length;
      if (due.length < BATCH) break;
    }
    if (erasedHere > 0) {
      services.log.info(
        { orgId: policy.org_id, erased: erasedHere, months: policy.months },
        'retention: candidates anonymised',
      );
    }
    erased += erasedHere;
    await options.context?.reportProgress(((index + 1) / policies.length) * 100);
  }
  return { organisations: policies.length, erased };
}

export const RETENTION_JOB = 'privacy.retention';

export function retentionJob(services: Pick<Services, 'db' | 'log'>) {
  return defineJob({
    type: RETENTION_JOB,
    payload: z.object({}),
    maxAttempts: 3,
    run: (_payload, context) => applyRetention(services, { context }),
  });
}
