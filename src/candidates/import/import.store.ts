import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { candidateImports, type ImportRowError } from '../candidates.tables.ts';
import type { ColumnMapping } from './csv-mapping.ts';

export type CandidateImportRow = typeof candidateImports.$inferSelect;

/**
 * What `candidate_imports.errors` holds: row errors, and warnings (`severity: 'warning'`) for rows that were
 * imported with something left out. When more were found than are kept, the last entry is a note (row 0)
 * with `omitted`, the number not kept.
 */
export type StoredIssue = ImportRowError & { severity?: 'warning'; omitted?: number };

export const MAX_STORED_ISSUES = 1000;

export async function insertImport(
  executor: Executor,
  values: {
    id?: string;
    orgId: string;
    filename: string;
    fileId: string | null;
    mapping: ColumnMapping;
    dryRun: boolean;
    jobId?: string | null;
    createdBy: string | null;
  },
): Promise<CandidateImportRow> {
  const [row] = await executor
    .insert(candidateImports)
    .values({ ...values, mapping: values.mapping as Record<string, string> })
    .returning();
  return row!;
}

export async function getImport(executor: Executor, orgId: string, id: string): Promise<CandidateImportRow> {
  const [row] = await executor
    .select()
    .from(candidateImports)
    .where(and(eq(candidateImports.orgId, orgId), eq(candidateImports.id, id)));
  if (!row) throw notFound('import');
  return row;
}

export function listImports(executor: Executor, orgId: string, limit: number) {
  return executor
    .select()
    .from(candidateImports)
    .where(eq(candidateImports.orgId, orgId))
    .orderBy(desc(candidateImports.createdAt), desc(candidateImports.id))
    .limit(limit);
}

export async function updateImport(
  executor: Executor,
  orgId: string,
  id: string,
  values: Partial<Omit<typeof candidateImports.$inferInsert, 'id' | 'orgId' | 'errors'>> & {
    errors?: StoredIssue[];
  },
): Promise<void> {
  await executor
    .update(candidateImports)
    .set(values)
    .where(and(eq(candidateImports.orgId, orgId), eq(candidateImports.id, id)));
}
