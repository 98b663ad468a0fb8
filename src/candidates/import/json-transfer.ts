import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../platform/db/client.ts';
import { getSkill, normaliseSkill } from '../../skills/taxonomy.ts';
import { candidateInputSchema } from '../candidate-input.ts';
import { candidateSkills, candidates } from '../candidates.tables.ts';
import { type ImportIssue, importKeyOf } from './csv-mapping.ts';
import type { PreparedRow } from './import-engine.ts';

/**
 * The whole candidate pool as one JSON document — `{ version: 1, exportedAt, candidates: [...] }` — written
 * batch by batch so an export of 100,000 candidates never sits in memory, and read back through the same
 * idempotent import path (import key: the e-mail).
 */

export const EXPORT_VERSION = 1;
const EXPORT_BATCH = 500;

export function exportedCandidate(
  row: typeof candidates.$inferSelect,
  skills: { skill: string; years: number | null; source: string }[],
) {
  return {
    id: row.id,
    name: row.name,
    emails: row.emails,
    phones: row.phones,
    location: row.location,
    timeZone: row.timeZone,
    headline: row.headline,
    links: row.links,
    skills: skills.map((skill) => ({
      skill: skill.skill,
      name: getSkill(skill.skill)?.name ?? skill.skill,
      years: skill.years,
      source: skill.source,
    })),
    experience: row.experience,
    education: row.education,
    totalYears: row.totalYears,
    salaryExpectation: row.salaryExpectation,
    availableFrom: row.availableFrom,
    noticePeriodWeeks: row.noticePeriodWeeks,
    source: row.source,
    sourceDetail: row.sourceDetail,
    tags: row.tags,
    consent: row.consentAt !== null,
    consentAt: row.consentAt?.toISOString() ?? null,
    consentText: row.consentText,
    retainUntil: row.retainUntil,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The export document as text pieces: a header, one candidate per line, a footer. */
export async function* exportCandidatesJson(
  db: Executor,
  orgId: string,
  options: { exportedAt?: Date; batchSize?: number } = {},
): AsyncGenerator<string> {
  const exportedAt = (options.exportedAt ?? new Date()).toISOString();
  yield `{"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"candidates":[`;
  let after: string | null = null;
  let first = true;
  for (;;) {
    // Keyset pagination over the primary key: each batch is one short query, however large the pool.
    const rows: (typeof candidates.$inferSelect)[] = await db
      .select()
      .from(candidates)
      .where(
        and(
          eq(candidates.orgId, orgId),
          isNull(candidates.mergedIntoId),
          isNull(candidates.anonymisedAt),
          after ? gt(candidates.id, after) : undefined,
        ),
      )
      .orderBy(asc(candidates.id))
      .limit(options.batchSize ?? EXPORT_BATCH);
    if (rows.length === 0) break;
    const skillRows = await db
      .select()
      .from(candidateSkills)
      .where(
        and(
          eq(candidateSkills.orgId, orgId),
          inArray(
            candidateSkills.candidateId,
            rows.map((row) => row.id),
          ),
        ),
      )
      .orderBy(asc(candidateSkills.candidateId), asc(candidateSkills.skill));
    const skillsOf = new Map<string, typeof skillRows>();
    for (const skill of skillRows) {
      const list = skillsOf.get(skill.candidateId) ?? [];
      list.push(skill);
      skillsOf.set(skill.candidateId, list);
    }
    let chunk = '';
    for (const row of rows) {
      chunk += `${first ? '' : ','}\n${JSON.stringify(exportedCandidate(row, skillsOf.get(row.id) ?? []))}`;
      first = false;
    }
    yield chunk;
    after = rows[rows.length - 1]!.id;
  }
  yield `${first ? '' : '\n'}]}\n`;
}

export const candidateDocumentSchema = z.object({
  version: z.literal(
    EXPORT_VERSION,
    'Only version 1 documents (from GET /candidates/export) can be imported.',
  ),
  exportedAt: z.string().optional(),
  candidates: z.array(z.unknown()),
});
export type CandidateDocument = z.infer<typeof candidateDocumentSchema>;

/** Reads a document's text; returns the reason when it is not one. */
export function parseCandidateDocument(
  text: string,
): { document: CandidateDocument } | { error: string; details: { path: string; message: string }[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'The file is not valid JSON.', details: [] };
  }
  return validateCandidateDocument(value);
}

export function validateCandidateDocument(
  value: unknown,
): { document: CandidateDocument } | { error: string; details: { path: string; message: string }[] } {
  const parsed = candidateDocumentSchema.safeParse(value);
  if (parsed.success) return { document: parsed.data };
  return {
    error: 'The file is not a Hirebench candidate export ({ version: 1, candidates: [...] }).',
    details: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

const consentSchema = z.object({
  consentAt: z.iso.datetime({ offset: true }).nullish(),
  consentText: z.string().max(2000).nullish(),
});

/** One exported candidate → a row for the import engine; `row` is its position in `candidates` (from 1). */
export function documentEntryToRow(entry: unknown, row: number): PreparedRow {
  const warnings: ImportIssue[] = [];
  const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
  const consent = consentSchema.safeParse(record);
  const consentAt = consent.success && consent.data.consentAt ? new Date(consent.data.consentAt) : null;
  const parsed = candidateInputSchema.safeParse({
    ...record,
    consent: record.consent === true || consentAt !== null,
  });
  if (!parsed.success) {
    return {
      row,
      warnings,
      errors: parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || null,
        message: issue.message,
      })),
    };
  }
  const input = parsed.data;
  for (const skill of input.skills) {
    if (!normaliseSkill(skill.skill)) {
      warnings.push({ field: 'skills', message: `Unknown skill "${skill.skill}" was left out.` });
    }
  }
  return {
    row,
    input,
    importKey: importKeyOf(input),
    explicitSource: true,
    consent: consentAt
      ? {
          at: consentAt,
          text: (consent.success && consent.data.consentText) || 'Consent recorded by the team.',
        }
      : null,
    warnings,
  };
}

/** Hands the entries to the engine one by one, releasing each once it has been read. */
export async function* documentRows(document: CandidateDocument): AsyncGenerator<PreparedRow> {
  const entries = document.candidates;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    entries[index] = null;
    yield documentEntryToRow(entry, index + 1);
  }
}
