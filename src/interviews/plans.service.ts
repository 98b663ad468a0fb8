import { and, eq, ne } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import type { Executor } from '../platform/db/client.ts';
import { conflict } from '../platform/errors.ts';
import type { Services } from '../platform/services.ts';
import { requireJob } from '../roles/roles.service.ts';
import type { JobRow } from '../roles/roles.store.ts';
import { getSkill } from '../skills/taxonomy.ts';
import { generateInterviewPlan, type InterviewPlan, interviewPlanSchema } from './interview-plan.ts';
import { getPlanRow, type PlanRow } from './interviews.store.ts';
import { interviewPlans, interviews } from './interviews.tables.ts';

/** The job's plan, generated from its blueprint (and stored) the first time anyone needs it. */
export async function ensurePlan(db: Executor, orgId: string, job: JobRow): Promise<PlanRow> {
  const existing = await getPlanRow(db, orgId, job.id);
  if (existing) return existing;
  const plan = generateInterviewPlan(job.blueprint, { lookup: getSkill });
  // Two first reads at once: the unique job index keeps one, and both return it.
  await db.insert(interviewPlans).values({ orgId, jobId: job.id, plan }).onConflictDoNothing();
  return (await getPlanRow(db, orgId, job.id))!;
}

export async function getPlanForJob(services: Services, auth: AuthContext, jobId: string) {
  const job = await requireJob(services.db, auth.orgId, jobId);
  return ensurePlan(services.db, auth.orgId, job);
}

export async function savePlan(
  services: Services,
  auth: AuthContext,
  jobId: string,
  input: { plan: InterviewPlan; version: number },
) {
  const plan = interviewPlanSchema.parse(input.plan);
  return services.db.transaction(async (tx) => {
    const job = await requireJob(tx, auth.orgId, jobId);
    const current = await ensurePlan(tx, auth.orgId, job);
    const [locked] = await tx
      .select()
      .from(interviewPlans)
      .where(eq(interviewPlans.id, current.id))
      .for('update');
    if (locked!.version !== input.version) {
      throw conflict(
        `Someone saved this plan in the meantime (now version ${locked!.version}). Reload it and make your change again.`,
      );
    }
    // Scheduled interviews take their focus from the plan by key; removing a key in use would orphan them.
    const inUse = await tx
      .selectDistinct({ planKey: interviews.planKey })
      .from(interviews)
      .where(
        and(
          eq(interviews.orgId, auth.orgId),
          eq(interviews.jobId, job.id),
          ne(interviews.status, 'cancelled'),
        ),
      );
    const keys = new Set(plan.interviews.map((interview) => interview.key));
    const missing = inUse.map((row) => row.planKey).filter((key) => !keys.has(key));
    if (missing.length > 0) {
      throw conflict(
        `Interviews are scheduled for ${missing.map((key) => `"${key}"`).join(', ')}; keep ${missing.length === 1 ? 'that interview' : 'those interviews'} in the plan (you can exclude it instead).`,
      );
    }
    const [saved] = await tx
      .update(interviewPlans)
      .set({ plan, version: locked!.version + 1, updatedBy: auth.user.id, updatedAt: new Date() })
      .where(eq(interviewPlans.id, locked!.id))
      .returning();
    return saved!;
  });
}
