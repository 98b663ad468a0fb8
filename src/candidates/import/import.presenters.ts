import { z } from 'zod';
import { candidateImportFields } from './csv-mapping.ts';
import { percentOf } from './import.service.ts';
import type { CandidateImportRow, StoredIssue } from './import.store.ts';

const issueSchema = z.object({ row: z.number().int(), field: z.string().nullable(), message: z.string() });

export const importSummarySchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  format: z.enum(['csv', 'json']),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  dryRun: z.boolean(),
  mapping: z.record(z.string(), z.string()),
  totalRows: z.number().int().nullable(),
  processedRows: z.number().int(),
  /** In a dry run: the candidates that would be created / updated. */
  createdCount: z.number().int(),
  updatedCount: z.number().int(),
  /** Rows that failed (a row with three bad fields counts once). */
  errorCount: z.number().int(),
  progress: z.number().int().min(0).max(100),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const importSchema = importSummarySchema.extend({
  /** Row errors (row 0: the file as a whole); rows are numbered like a spreadsheet, the header being row 1. */
  errors: z.array(issueSchema),
  /** Rows imported with something left out (an unknown skill, an unreadable link). */
  warnings: z.array(issueSchema),
  /** Problems found beyond the 1,000 kept. */
  omittedIssues: z.number().int(),
});

export const previewSchema = z.object({
  headers: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())),
  suggestedMapping: z.record(z.string(), z.string()),
  rowCountEstimate: z.number().int(),
  delimiter: z.string(),
  encoding: z.enum(['utf-8', 'windows-1252']),
  fields: z.array(z.enum(candidateImportFields)),
  warnings: z.array(z.string()),
});

export function presentImportSummary(row: CandidateImportRow): z.infer<typeof importSummarySchema> {
  return {
    id: row.id,
    filename: row.filename,
    // A CSV import always maps at least the name; a JSON document needs no mapping.
    format: Object.keys(row.mapping).length === 0 ? 'json' : 'csv',
    status: row.status,
    dryRun: row.dryRun,
    mapping: row.mapping,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    createdCount: row.createdCount,
    updatedCount: row.updatedCount,
    errorCount: row.errorCount,
    progress: row.status === 'succeeded' ? 100 : percentOf(row),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function presentImport(row: CandidateImportRow): z.infer<typeof importSchema> {
  const stored = row.errors as StoredIssue[];
  const plain = ({ row: number, field, message }: StoredIssue) => ({ row: number, field, message });
  return {
    ...presentImportSummary(row),
    errors: stored.filter((issue) => issue.severity !== 'warning' && issue.omitted === undefined).map(plain),
    warnings: stored.filter((issue) => issue.severity === 'warning').map(plain),
    omittedIssues: stored.find((issue) => issue.omitted !== undefined)?.omitted ?? 0,
  };
}
