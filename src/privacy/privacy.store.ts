import { eq } from 'drizzle-orm';
import type { Executor } from '../platform/db/client.ts';
import type { PrivacySettingsInput } from './privacy.contract.ts';
import { DEFAULT_REJECTED_RETENTION_MONTHS, privacySettings } from './privacy.tables.ts';

export type PrivacySettings = { rejectedRetentionMonths: number; updatedAt: Date | null };

export async function getPrivacySettings(db: Executor, orgId: string): Promise<PrivacySettings> {
  const [row] = await db.select().from(privacySettings).where(eq(privacySettings.orgId, orgId));
  return row
    ? { rejectedRetentionMonths: row.rejectedRetentionMonths, updatedAt: row.updatedAt }
    : { rejectedRetentionMonths: DEFAULT_REJECTED_RETENTION_MONTHS, updatedAt: null };
}

export async function savePrivacySettings(
  db: Executor,
  orgId: string,
  updatedBy: string | null,
  input: PrivacySettingsInput,
): Promise<PrivacySettings> {
  const now = new Date();
  const [row] = await db
    .insert(privacySettings)
    .values({ orgId, rejectedRetentionMonths: input.rejectedRetentionMonths, updatedBy, updatedAt: now })
    .onConflictDoUpdate({
      target: privacySettings.orgId,
      set: { rejectedRetentionMonths: input.rejectedRetentionMonths, updatedBy, updatedAt: now },
    })
    .returning();
  return { rejectedRetentionMonths: row!.rejectedRetentionMonths, updatedAt: row!.updatedAt };
}
