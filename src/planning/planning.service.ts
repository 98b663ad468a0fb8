import { eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import type { AuthContext } from '../accounts/accounts.service.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError } from '../platform/errors.ts';
import type { Services } from '../platform/services.ts';
import { type AssumptionOverrides, type PlanningAssumptions, resolveAssumptions } from './assumptions.ts';
import { planningSettings } from './planning.tables.ts';

export async function organisationOverrides(db: Executor, orgId: string): Promise<AssumptionOverrides> {
  const [row] = await db.select().from(planningSettings).where(eq(planningSettings.orgId, orgId));
  return row?.overrides ?? {};
}

/** The shipped defaults with the organisation's edits applied. */
export async function organisationAssumptions(db: Executor, orgId: string): Promise<PlanningAssumptions> {
  return resolveAssumptions(await organisationOverrides(db, orgId));
}

function validated(overrides: AssumptionOverrides): PlanningAssumptions {
  try {
    return resolveAssumptions(overrides);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    throw new AppError(
      'validation_failed',
      'Some assumptions are not valid.',
      error.issues.map((issue) => ({ path: `overrides.${issue.path.join('.')}`, message: issue.message })),
    );
  }
}

export async function saveOverrides(services: Services, auth: AuthContext, overrides: AssumptionOverrides) {
  const assumptions = validated(overrides);
  await services.db
    .insert(planningSettings)
    .values({ orgId: auth.orgId, overrides, updatedBy: auth.user.id })
    .onConflictDoUpdate({
      target: planningSettings.orgId,
      set: { overrides, updatedBy: auth.user.id, updatedAt: new Date() },
    });
  return assumptions;
}
