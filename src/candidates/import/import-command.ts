import { open as openFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { organisations } from '../../accounts/accounts.tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { Services } from '../../platform/services.ts';
import { type ColumnMapping, columnMappingSchema, formatIssue, suggestMapping } from './csv-mapping.ts';
import { CsvFileError, fileSource, notCsvReason, readCsvHeader } from './csv-reader.ts';
import { missingColumns, percentOf, runCsvImport } from './import.service.ts';
import { insertImport, type StoredIssue } from './import.store.ts';
import type { ImportTally } from './import-engine.ts';

/**
 * `hirebench import candidates <file.csv> --org <slug> [--mapping <m.json>] [--dry-run]`: the same import as the
 * API, run in this process without the queue, with a progress bar on a terminal and plain lines in a log.
 */

export type ImportCommandOptions = { file: string; org: string; mapping?: string; dryRun?: boolean };

const SHOWN_ERRORS = 20;
const number = (value: number) => value.toLocaleString('en-US');

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The progress display: one line rewritten in place on a terminal, a line per 10% (or 10 s) otherwise. */
export function progressReporter(output: NodeJS.WriteStream, now: () => number = () => performance.now()) {
  const started = now();
  let lastStep = -1;
  let lastLineAt = started;
  let width = 0;
  return {
    update(tally: ImportTally) {
      const elapsed = (now() - started) / 1000;
      const percent = percentOf(tally);
      const rate = elapsed > 0 ? tally.processedRows / elapsed : 0;
      const eta = rate > 0 ? (tally.totalRows - tally.processedRows) / rate : Number.POSITIVE_INFINITY;
      const counts = `${number(tally.processedRows)}/${number(tally.totalRows)} rows  ${number(Math.round(rate))} rows/s  ETA ${formatDuration(eta)}`;
      if (output.isTTY) {
        const filled = Math.round(percent / 5);
        const line = `[${'█'.repeat(filled)}${'░'.repeat(20 - filled)}] ${String(percent).padStart(3)}%  ${counts}`;
        output.write(`\r${line.padEnd(width)}`);
        width = line.length;
        return;
      }
      const step = Math.floor(percent / 10);
      if (step > lastStep || now() - lastLineAt >= 10_000) {
        lastStep = step;
        lastLineAt = now();
        output.write(`${String(percent).padStart(3)}%  ${counts}\n`);
      }
    },
    finish() {
      if (output.isTTY && width > 0) output.write('\n');
      return (now() - started) / 1000;
    },
  };
}

async function readMapping(file: string | undefined, headers: string[]): Promise<ColumnMapping> {
  let mapping: unknown = suggestMapping(headers);
  if (file) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new AppError('validation_failed', `Cannot read the mapping file ${file}.`);
    });
    try {
      mapping = JSON.parse(text);
    } catch {
      throw new AppError(
        'validation_failed',
        `${file} is not valid JSON: write {"name": "Full Name", "email": "Email", …}.`,
      );
    }
  }
  const parsed = columnMappingSchema.safeParse(mapping);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'mapping'}: ${issue.message}`,
    );
    throw new AppError('validation_failed', `The mapping is not usable — ${issues.join('; ')}`);
  }
  const missing = missingColumns(parsed.data, headers);
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `The file has no column ${missing.map((entry) => `"${entry.header}" (mapped to ${entry.field})`).join(', ')}. Its columns: ${headers.map((header) => `"${header}"`).join(', ')}.`,
    );
  }
  return parsed.data;
}

async function firstBytes(file: string): Promise<Buffer> {
  const handle = await openFile(file, 'r').catch(() => {
    throw new AppError('validation_failed', `Cannot read ${file}.`);
  });
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Runs the import and prints its summary; resolves to the exit code (1 when any row failed). */
export async function importCandidatesCommand(
  services: Services,
  options: ImportCommandOptions,
  output: NodeJS.WriteStream,
): Promise<number> {
  const [organisation] = await services.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.slug, options.org));
  if (!organisation) throw new AppError('not_found', `No organisation has the slug "${options.org}".`);

  const head = await firstBytes(options.file);
  if (head.length === 0) throw new AppError('validation_failed', `${options.file} is empty.`);
  const reason = notCsvReason(head);
  if (reason) throw new AppError('unsupported_media_type', reason);
  const source = fileSource(options.file);
  const { headers } = await readCsvHeader(source).catch((error) => {
    throw error instanceof CsvFileError ? new AppError('unprocessable', error.message) : error;
  });
  const mapping = await readMapping(options.mapping, headers);

  output.write(
    `Importing ${path.basename(options.file)} into ${organisation.name}${options.dryRun ? ' (dry run: nothing will be written)' : ''}\n`,
  );
  output.write(
    `Mapping: ${Object.entries(mapping)
      .map(([field, header]) => `${field} ← "${header}"`)
      .join(', ')}\n`,
  );
  const row = await insertImport(services.db, {
    orgId: organisation.id,
    filename: path.basename(options.file),
    fileId: null,
    mapping,
    dryRun: options.dryRun ?? false,
    createdBy: null,
  });
  const progress = progressReporter(output);
  const result = await runCsvImport(services.db, source, {
    orgId: organisation.id,
    importId: row.id,
    actorUserId: null,
    onProgress: (tally) => progress.update(tally),
  });
  const seconds = progress.finish();

  const issues = result.errors as StoredIssue[];
  if (result.status === 'failed') {
    const reasonText = issues.at(-1)?.message ?? 'unknown reason';
    output.write(`The import failed: ${reasonText}\n`);
    if (result.processedRows > 0) {
      output.write(
        `Before it stopped: ${number(result.processedRows)} rows, ${number(result.createdCount)} created, ${number(result.updatedCount)} updated.\n`,
      );
    }
    return 1;
  }
  const verb = result.dryRun ? ['would be created', 'would be updated'] : ['created', 'updated'];
  const rate = seconds > 0 ? Math.round(result.processedRows / seconds) : result.processedRows;
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  output.write(
    `${result.dryRun ? 'Dry run finished' : 'Done'} in ${seconds.toFixed(1)} s (${number(rate)} rows/s): ${number(result.processedRows)} rows — ${number(result.createdCount)} ${verb[0]}, ${number(result.updatedCount)} ${verb[1]}, ${number(result.errorCount)} failed${warnings ? `, ${number(warnings)} warnings` : ''}.\n`,
  );
  if (result.dryRun) output.write('Nothing was written.\n');
  const errors = issues.filter((issue) => issue.severity !== 'warning' && issue.omitted === undefined);
  if (errors.length > 0) {
    output.write(`\nRows that failed${result.dryRun ? ' validation' : ' (nothing of them was written)'}:\n`);
    for (const issue of errors.slice(0, SHOWN_ERRORS)) output.write(`  ${formatIssue(issue)}\n`);
    const more = errors.length - SHOWN_ERRORS + (issues.find((issue) => issue.omitted)?.omitted ?? 0);
    if (more > 0) output.write(`  … and ${number(more)} more (the import's id: ${result.id})\n`);
  }
  return result.errorCount > 0 ? 1 : 0;
}
