import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { getFile } from '../../platform/files/file-store.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';
import { defineJob, type JobContext } from '../../platform/jobs/queue.ts';
import type { Services } from '../../platform/services.ts';
import {
  type ColumnMapping,
  columnMappingSchema,
  importKeyOf,
  rowToCandidateInput,
  sourceOf,
} from './csv-mapping.ts';
import {
  bufferSource,
  CsvFileError,
  type CsvScan,
  type OpenCsv,
  readCsvRecords,
  recordToRow,
  scanCsv,
} from './csv-reader.ts';
import { type CandidateImportRow, getImport, updateImport } from './import.store.ts';
import {
  type ImportTally,
  type PreparedRow,
  runImportRows,
  storedIssues,
  tallyFrom,
} from './import-engine.ts';
import { documentRows, parseCandidateDocument } from './json-transfer.ts';

/** The life of one import: queued → running (with progress) → succeeded, or failed with the reason. */

export const IMPORT_FILE_MAX_BYTES = 50 * 1024 * 1024;
export const CSV_PURPOSE = 'candidates-csv';
export const JSON_PURPOSE = 'candidates-json';

/** A problem with the file as a whole (unreadable, a mapped column missing): the import stops, nothing retries. */
export class ImportFileError extends Error {}

export type RunImportOptions = {
  orgId: string;
  importId: string;
  actorUserId: string | null;
  batchSize?: number;
  /** After every batch, with the counts so far (for a progress bar or the job's progress). */
  onProgress?: (tally: ImportTally) => Promise<void> | void;
};

export function percentOf(counts: { processedRows: number; totalRows: number | null }): number {
  if (!counts.totalRows) return counts.processedRows > 0 ? 100 : 0;
  return Math.min(100, Math.floor((counts.processedRows / counts.totalRows) * 100));
}

/** Mapped columns the file does not have. */
export function missingColumns(mapping: ColumnMapping, headers: string[]) {
  return Object.entries(mapping)
    .filter(([, header]) => header && !headers.includes(header))
    .map(([field, header]) => ({ field, header: header! }));
}

const delimiterName: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The data rows of a CSV file as the engine wants them, streamed. */
export async function* csvRows(
  open: OpenCsv,
  scan: CsvScan,
  mapping: ColumnMapping,
): AsyncGenerator<PreparedRow> {
  let header = true;
  for await (const record of readCsvRecords(open, scan.format)) {
    if (header) {
      header = false;
      continue;
    }
    const extra = record.values.slice(scan.headers.length);
    if (extra.some((value) => value.trim() !== '')) {
      yield {
        row: record.row,
        warnings: [],
        errors: [
          {
            field: null,
            message: `Has ${record.values.length} values but the header has ${scan.headers.length} columns; a value probably contains an unquoted ${delimiterName[scan.format.delimiter] ?? 'delimiter'}. Nothing of this row was imported.`,
          },
        ],
      };
      continue;
    }
    const row = recordToRow(scan.headers, record.values);
    const result = rowToCandidateInput(row, mapping);
    if ('errors' in result) {
      yield { row: record.row, errors: result.errors, warnings: result.warnings };
      continue;
    }
    const sourceText = mapping.source ? (row[mapping.source] ?? '') : '';
    yield {
      row: record.row,
      input: result.input,
      importKey: importKeyOf(result.input, mapping.externalId ? row[mapping.externalId] : null),
      explicitSource: sourceOf(sourceText) !== null,
      warnings: result.warnings,
    };
  }
}

async function failImport(db: Db, orgId: string, importId: string, message: string, tally?: ImportTally) {
  await updateImport(db, orgId, importId, {
    status: 'failed',
    finishedAt: new Date(),
    errors: [...(tally ? storedIssues(tally) : []), { row: 0, field: null, message }],
    ...(tally
      ? {
          processedRows: tally.processedRows,
          createdCount: tally.createdCount,
          updatedCount: tally.updatedCount,
          errorCount: tally.errorCount,
        }
      : {}),
  });
}

/**
 * Runs an import whose row exists: reads it, prepares the rows (`prepare` may throw ImportFileError or
 * CsvFileError for a file that cannot be imported), streams them through the engine and records the outcome.
 * A run that was interrupted continues after the rows that already landed.
 */
async function runImport(
  db: Db,
  options: RunImportOptions,
  prepare: (existing: CandidateImportRow) => Promise<{ totalRows: number; rows: AsyncIterable<PreparedRow> }>,
): Promise<CandidateImportRow> {
  const existing = await getImport(db, options.orgId, options.importId);
  if (existing.status === 'succeeded' || existing.status === 'failed') return existing;
  const resumable = existing.status === 'running' && existing.processedRows > 0 && !existing.dryRun;
  await updateImport(db, options.orgId, options.importId, { status: 'running' });
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(existing);
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof CsvFileError) {
      await failImport(db, options.orgId, options.importId, error.message);
      return getImport(db, options.orgId, options.importId);
    }
    throw error;
  }
  await updateImport(db, options.orgId, options.importId, { totalRows: prepared.totalRows });
  let tally: ImportTally;
  try {
    tally = await runImportRows(db, prepared.rows, {
      orgId: options.orgId,
      importId: options.importId,
      dryRun: existing.dryRun,
      actorUserId: options.actorUserId,
      totalRows: prepared.totalRows,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(resumable
        ? {
            resume: tallyFrom(
              {
                totalRows: prepared.totalRows,
                processedRows: existing.processedRows,
                createdCount: existing.createdCount,
                updatedCount: existing.updatedCount,
                errorCount: existing.errorCount,
              },
              existing.errors,
            ),
          }
        : {}),
      ...(options.onProgress ? { onBatch: options.onProgress } : {}),
    });
  } catch (error) {
    if (error instanceof CsvFileError || error instanceof ImportFileError) {
      const current = await getImport(db, options.orgId, options.importId);
      await failImport(
        db,
        options.orgId,
        options.importId,
        error.message,
        tallyFrom({ ...current, totalRows: prepared.totalRows }, current.errors),
      );
      return getImport(db, options.orgId, options.importId);
    }
    throw error;
  }
  await updateImport(db, options.orgId, options.importId, {
    status: 'succeeded',
    finishedAt: new Date(),
    totalRows: tally.totalRows,
    processedRows: tally.processedRows,
    createdCount: tally.createdCount,
    updatedCount: tally.updatedCount,
    errorCount: tally.errorCount,
    errors: storedIssues(tally),
  });
  await options.onProgress?.(tally);
  return getImport(db, options.orgId, options.importId);
}

/** A CSV import: a fast first pass counts the rows and proves the file readable, the second imports them. */
export function runCsvImport(db: Db, open: OpenCsv, options: RunImportOptions) {
  return runImport(db, options, async (existing) => {
    const mapping = columnMappingSchema.safeParse(existing.mapping);
    if (!mapping.success)
      throw new ImportFileError(mapping.error.issues[0]?.message ?? 'The mapping is not valid.');
    const scan = await scanCsv(open);
    const missing = missingColumns(mapping.data, scan.headers);
    if (missing.length > 0) {
      throw new ImportFileError(
        `The file has no column ${missing.map((entry) => `"${entry.header}" (mapped to ${entry.field})`).join(', ')}.`,
      );
    }
    return { totalRows: scan.rowCount, rows: csvRows(open, scan, mapping.data) };
  });
}

/** A JSON import of a candidate export: the document is read whole (it is at most 50 MB), then streamed through. */
export function runJsonImport(db: Db, content: Buffer, options: RunImportOptions) {
  return runImport(db, options, async () => {
    const parsed = parseCandidateDocument(content.toString('utf8'));
    if ('error' in parsed) throw new ImportFileError(parsed.error);
    return { totalRows: parsed.document.candidates.length, rows: documentRows(parsed.document) };
  });
}

// ——— The background job ————————————————————————————————————————————————————————————————————————

export const candidateImportJob = defineJob({
  type: 'candidates.import',
  payload: z.object({ importId: z.uuid(), orgId: z.uuid(), actorUserId: z.uuid().nullable() }),
  maxAttempts: 3,
  run: async () => undefined, // bound to the services at boot (see registerCandidateImportJobs)
});

export async function runImportJob(
  db: Db,
  payload: z.infer<typeof candidateImportJob.payload>,
  context: Pick<JobContext, 'job' | 'reportProgress'>,
  tuning: { batchSize?: number } = {},
) {
  const existing = await getImport(db, payload.orgId, payload.importId);
  if (existing.status === 'succeeded' || existing.status === 'failed') return { status: existing.status };
  const file = existing.fileId ? await getFile(db, payload.orgId, existing.fileId) : undefined;
  const options: RunImportOptions = {
    orgId: payload.orgId,
    importId: payload.importId,
    actorUserId: payload.actorUserId,
    ...(tuning.batchSize ? { batchSize: tuning.batchSize } : {}),
    onProgress: (tally) => context.reportProgress(percentOf(tally)),
  };
  try {
    if (!file) {
      await failImport(
        db,
        payload.orgId,
        payload.importId,
        'The uploaded file is no longer stored; upload it again.',
      );
      return { status: 'failed' };
    }
    const result =
      file.purpose === JSON_PURPOSE
        ? await runJsonImport(db, file.content, options)
        : await runCsvImport(db, bufferSource(file.content), options);
    if (result.status === 'succeeded') {
      // The file held personal data of many people; once imported it is not kept (erasure must be able to reach it).
      await db
        .delete(storedFiles)
        .where(and(eq(storedFiles.orgId, payload.orgId), eq(storedFiles.id, file.id)));
      await updateImport(db, payload.orgId, payload.importId, { fileId: null });
    }
    return { status: result.status, processedRows: result.processedRows, errorCount: result.errorCount };
  } catch (error) {
    // Attempts left: the queue retries, and the import continues after the rows that landed.
    if (context.job.attempts >= context.job.maxAttempts) {
      const message = error instanceof Error ? error.message : String(error);
      const current = await getImport(db, payload.orgId, payload.importId);
      await failImport(
        db,
        payload.orgId,
        payload.importId,
        `The import stopped: ${message.slice(0, 300)}`,
        tallyFrom({ ...current, totalRows: current.totalRows ?? 0 }, current.errors),
      );
    }
    throw error;
  }
}

/**
 * Embedded PGlite runs one query at a time, so a batch's transaction holds up every request to the app while
 * it runs: there, batches are small (about a second each). PostgreSQL serves other connections meanwhile.
 */
export const PGLITE_JOB_BATCH_SIZE = 100;

export function registerCandidateImportJobs(services: Services) {
  const batchSize = services.database.kind === 'pglite' ? PGLITE_JOB_BATCH_SIZE : undefined;
  services.queue.register({
    ...candidateImportJob,
    run: (payload, context) => runImportJob(services.db, payload, context, batchSize ? { batchSize } : {}),
  });
}
