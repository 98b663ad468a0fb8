import { z } from 'zod';

export const MAX_RETENTION_MONTHS = 120;

export const privacySettingsInput = z.object({
  rejectedRetentionMonths: z
    .number()
    .int('Whole months only.')
    .min(1, 'Keep rejected candidates at least one month.')
    .max(MAX_RETENTION_MONTHS, `At most ${MAX_RETENTION_MONTHS} months (ten years).`),
});
export type PrivacySettingsInput = z.infer<typeof privacySettingsInput>;

export const privacySettingsResponse = z.object({
  settings: z.object({
    rejectedRetentionMonths: z.number().int(),
    /** Null while the organisation uses the defaults. */
    updatedAt: z.string().nullable(),
  }),
});

export const eraseBody = z.object({
  /** The candidate's name, typed by the person erasing, so nobody erases the wrong record by accident. */
  confirm: z.string().max(500),
});

export const erasureSummarySchema = z.object({
  candidateId: z.uuid(),
  anonymisedAt: z.string(),
  mergedRecords: z.number().int(),
  files: z.number().int(),
  notes: z.number().int(),
  skills: z.number().int(),
  messages: z.number().int(),
  events: z.number().int(),
  withdrawnApplications: z.number().int(),
});

export const eraseResponse = z.object({ erased: erasureSummarySchema });
