import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/client.ts';
import { normaliseSkill } from '../../skills/taxonomy.ts';
import { normaliseCandidate, type ParsedCandidateInput } from '../candidate-input.ts';
import { createCandidate, updateCandidate } from '../candidates.service.ts';
import { type CandidateRow, listCandidateSkills } from '../candidates.store.ts';
import { candidates } from '../candidates.tables.ts';
import type { ImportIssue } from './csv-mapping.ts';
import { MAX_STORED_ISSUES, type StoredIssue, updateImport } from './import.store.ts';

/**
 * The one idempotent write path of every bulk intake (CSV, JSON): rows arrive already validated or with their
 * errors; good rows are matched to an existing candidate (import key, then e-mail) and updated, or created.
 * Batches of rows share a transaction, each row has its own savepoint, and the import's progress is written
 * in the same transaction as the rows it counts — so after a crash, `processedRows` is exactly what landed.
 */

export type PreparedRow =
  | {
      row: number;
      input: ParsedCandidateInput;
      importKey: string;
      /** Whether the row names its source; otherwise an update keeps the candidate's source. */
      explicitSource: boolean;
      /** A consent recorded elsewhere (a JSON export), kept with its own date and wording. */
      consent?: { at: Date; text: string | null } | null;
      warnings: ImportIssue[];
    }
  | { row: number; errors: ImportIssue[]; warnings: ImportIssue[] };

export type ImportCounters = {
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
};

export type ImportTally = ImportCounters & { issues: StoredIssue[]; omittedIssues: number };

export type RunOptions = {
  orgId: string;
  importId: string;
  dryRun: boolean;
  actorUserId: string | null;
  batchSize?: number;
  /** Counters and issues to continue from (a resumed import); the first `processedRows` rows are skipped. */
  resume?: ImportTally;
  totalRows: number;
  onBatch?: (tally: ImportTally) => Promise<void> | void;
};

export const DEFAULT_BATCH_SIZE = 500;
const ANALYZE_EVERY_ROWS = 10_000;

type Outcome = { kind: 'created' | 'updated' } | { kind: 'failed'; issue: ImportIssue };

class RowRejected extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
  }
}

export function emptyTally(totalRows: number): ImportTally {
  return {
    totalRows,
    processedRows: 0,
    createdCount: 0,
    updatedCount: 0,
    errorCount: 0,
    issues: [],
    omittedIssues: 0,
  };
}

/** The issues as stored: the first 1,000, then a note saying how many more were found. */
export function storedIssues(tally: ImportTally): StoredIssue[] {
  if (tally.omittedIssues === 0) return tally.issues;
  return [
    ...tally.issues,
    {
      row: 0,
      field: null,
      message: `Only the first ${MAX_STORED_ISSUES.toLocaleString('en-US')} problems are listed; ${tally.omittedIssues.toLocaleString('en-US')} more were found.`,
      omitted: tally.omittedIssues,
    },
  ];
}

/** Reads stored issues back (to resume an import). */
export function tallyFrom(counters: ImportCounters, stored: StoredIssue[]): ImportTally {
  const note = stored.find((issue) => issue.row === 0 && issue.omitted !== undefined);
  return {
    ...counters,
    issues: stored.filter((issue) => issue !== note),
    omittedIssues: note?.omitted ?? 0,
  };
}

function addIssue(tally: ImportTally, issue: StoredIssue) {
  if (tally.issues.length < MAX_STORED_ISSUES) tally.issues.push(issue);
  else tally.omittedIssues++;
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: string }).code === '23505' || isUniqueViolation((error as { cause?: unknown }).cause));

/** The database's own words (drizzle wraps them with the whole query and its parameters, which stay out). */
function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return (current instanceof Error ? current.message : String(current)).slice(0, 300);
}

// ——— Finding the candidate a row is about ————————————————————————————————————————————————————————

async function findExisting(
  executor: Executor,
  orgId: string,
  importKey: string,
  emails: string[],
): Promise<CandidateRow | undefined> {
  const lowered = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
  // One query over two indexes — (org, import key) and (org, primary e-mail) — whatever the pool's size;
  // the import key wins, then the oldest candidate with one of the e-mails.
  const [found] = await executor
    .select()
    .from(candidates)
    .where(
      and(
        eq(candidates.orgId, orgId),
        or(
          eq(candidates.importKey, importKey),
          lowered.length > 0
            ? and(
                inArray(candidates.email, lowered),
                isNull(candidates.mergedIntoId),
                isNull(candidates.anonymisedAt),
              )
            : undefined,
        ),
      ),
    )
    .orderBy(sql`(${candidates.importKey} = ${importKey}) desc nulls last`, asc(candidates.createdAt))
    .limit(1);
  return found;
}

/**
 * Fresh planner statistics after many rows landed, so lookups keep using their indexes as the pool grows
 * (PostgreSQL's autovacuum would get there eventually; embedded PGlite has none). Best effort.
 */
async function refreshStatistics(db: Db) {
  try {
    await db.execute(sql`analyze candidates`);
  } catch {
    // Not allowed or not possible here: the import is just as correct without it.
  }
}

// ——— Folding a row into an existing candidate ——————————————————————————————————————————————————

const unite = <T>(first: T[], second: T[]) => [...new Set([...first, ...second])];

/** JSON with sorted keys and float4-rounded numbers, to compare what is stored with what would be. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (_key, item) => {
    if (typeof item === 'number') return Math.fround(item);
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([left], [right]) => left.localeCompare(right)));
    }
    return item;
  });
}

/**
 * An import adds to what the team already knows and never erases: values in the row replace the stored ones,
 * empty cells keep them, e-mails, phones, tags, skills and experience are united.
 */
export function mergeIntoExisting(
  existing: CandidateRow,
  existingSkills: {
    skill: string;
    years: number | null;
    source: ParsedCandidateInput['skills'][number]['source'];
  }[],
  input: ParsedCandidateInput,
  explicitSource: boolean,
): ParsedCandidateInput {
  const skills = new Map(
    existingSkills.map(({ skill, years, source }) => [skill, { skill, years, source }] as const),
  );
  for (const entry of input.skills) {
    const known = normaliseSkill(entry.skill);
    if (!known) continue;
    const previous = skills.get(known.id);
    if (!previous || entry.years != null) {
      skills.set(known.id, {
        skill: known.id,
        years: entry.years ?? previous?.years ?? null,
        source: entry.source,
      });
    }
  }
  const newEntries = <T>(incoming: T[], stored: T[]) => {
    const seen = new Set(stored.map(comparable));
    return incoming.filter((entry) => !seen.has(comparable(entry)));
  };
  return {
    ...input,
    name: input.name,
    emails: unite(
      existing.emails,
      input.emails.map((email) => email.trim().toLowerCase()),
    ).slice(0, 10),
    phones: unite(existing.phones, input.phones).slice(0, 10),
    location: input.location ?? existing.location,
    timeZone: input.timeZone ?? existing.timeZone,
    headline: input.headline ?? existing.headline,
    links: {
      github: input.links.github ?? existing.links.github,
      linkedin: input.links.linkedin ?? existing.links.linkedin,
      stackoverflow: input.links.stackoverflow ?? existing.links.stackoverflow,
      website: input.links.website ?? existing.links.website,
    },
    skills: [...skills.values()],
    experience: [...newEntries(input.experience, existing.experience), ...existing.experience],
    education: [...existing.education, ...newEntries(input.education, existing.education)],
    totalYears: input.totalYears ?? existing.totalYears,
    salaryExpectation: input.salaryExpectation ?? existing.salaryExpectation,
    availableFrom: input.availableFrom ?? existing.availableFrom,
    noticePeriodWeeks: input.noticePeriodWeeks ?? existing.noticePeriodWeeks,
    source: explicitSource ? input.source : (existing.source as ParsedCandidateInput['source']),
    sourceDetail: input.sourceDetail ?? existing.sourceDetail,
    tags: unite(existing.tags, input.tags),
    consent: input.consent || existing.consentAt !== null,
    retainUntil: input.retainUntil ?? existing.retainUntil,
  };
}

function sameAsStored(
  existing: CandidateRow,
  existingSkills: { skill: string; years: number | null; source: string }[],
  merged: ParsedCandidateInput,
): boolean {
  const { candidate, skills } = normaliseCandidate(merged);
  const pick = (record: Record<string, unknown>) => ({
    name: record.name,
    emails: record.emails,
    phones: record.phones,
    location: record.location,
    timeZone: record.timeZone,
    headline: record.headline,
    links: record.links,
    experience: record.experience,
    education: record.education,
    totalYears: record.totalYears,
    salaryExpectation: record.salaryExpectation,
    availableFrom: record.availableFrom,
    noticePeriodWeeks: record.noticePeriodWeeks,
    source: record.source,
    sourceDetail: record.sourceDetail,
    tags: record.tags,
    retainUntil: record.retainUntil,
  });
  const bySkill = (list: { skill: string; years: number | null; source: string }[]) =>
    [...list]
      .map(({ skill, years, source }) => ({ skill, years, source }))
      .sort((left, right) => left.skill.localeCompare(right.skill));
  return (
    comparable(pick(candidate)) === comparable(pick(existing)) &&
    comparable(bySkill(skills)) === comparable(bySkill(existingSkills)) &&
    (candidate.consentAt !== null) === (existing.consentAt !== null)
  );
}

// ——— One row —————————————————————————————————————————————————————————————————————————————————

type GoodRow = Extract<PreparedRow, { input: unknown }>;

async function upsertRow(tx: Executor, orgId: string, row: GoodRow, actorUserId: string | null) {
  const existing = await findExisting(tx, orgId, row.importKey, row.input.emails);
  if (existing?.anonymisedAt || existing?.mergedIntoId) {
    throw new RowRejected({
      field: null,
      message: 'This person’s data was erased from Hirebench, so the row was not imported again.',
    });
  }
  if (!existing) {
    const { candidate } = await createCandidate(tx, orgId, row.input, {
      actorUserId,
      importKey: row.importKey,
    });
    if (row.consent) {
      await tx
        .update(candidates)
        .set({ consentAt: row.consent.at, consentText: row.consent.text })
        .where(eq(candidates.id, candidate.id));
    }
    return 'created' as const;
  }
  const existingSkills = await listCandidateSkills(tx, orgId, existing.id);
  const merged = mergeIntoExisting(existing, existingSkills, row.input, row.explicitSource);
  const adoptKey = existing.importKey === null;
  if (!sameAsStored(existing, existingSkills, merged)) {
    await updateCandidate(tx, orgId, existing.id, merged, { actorUserId });
  }
  if (adoptKey || (row.consent && existing.consentAt === null)) {
    await tx
      .update(candidates)
      .set({
        ...(adoptKey ? { importKey: row.importKey } : {}),
        ...(row.consent && existing.consentAt === null
          ? { consentAt: row.consent.at, consentText: row.consent.text }
          : {}),
      })
      .where(eq(candidates.id, existing.id));
  }
  return 'updated' as const;
}

async function writeRow(
  tx: Executor,
  orgId: string,
  row: GoodRow,
  actorUserId: string | null,
): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      // A savepoint per row: a row that fails leaves nothing behind, and the rows around it still land.
      return { kind: await tx.transaction((savepoint) => upsertRow(savepoint, orgId, row, actorUserId)) };
    } catch (error) {
      if (error instanceof RowRejected) return { kind: 'failed', issue: error.issue };
      // Another import created the same person a moment ago: look again, and update them instead.
      if (isUniqueViolation(error) && attempt === 1) continue;
      return { kind: 'failed', issue: { field: null, message: `Could not be saved: ${rootMessage(error)}` } };
    }
  }
}

async function classifyRow(db: Db, orgId: string, row: GoodRow, seen: Set<string>): Promise<Outcome> {
  const existing = await findExisting(db, orgId, row.importKey, row.input.emails);
  if (existing?.anonymisedAt || existing?.mergedIntoId) {
    return {
      kind: 'failed',
      issue: {
        field: null,
        message: 'This person’s data was erased from Hirebench, so the row would not be imported.',
      },
    };
  }
  // A real run would have created the earlier row by now, and would find this one by key or e-mail.
  const emailKeys = row.input.emails.map((email) => `email:${email.trim().toLowerCase()}`);
  if (existing || seen.has(row.importKey) || emailKeys.some((key) => seen.has(key)))
    return { kind: 'updated' };
  for (const key of [row.importKey, ...emailKeys]) seen.add(key);
  return { kind: 'created' };
}

// ——— The run ——————————————————————————————————————————————————————————————————————————————————

function count(tally: ImportTally, row: PreparedRow, outcome: Outcome | null) {
  tally.processedRows++;
  const errors = 'errors' in row ? row.errors : outcome?.kind === 'failed' ? [outcome.issue] : [];
  if (errors.length > 0) {
    tally.errorCount++;
    for (const issue of errors) addIssue(tally, { row: row.row, field: issue.field, message: issue.message });
    return;
  }
  if (outcome?.kind === 'created') tally.createdCount++;
  if (outcome?.kind === 'updated') tally.updatedCount++;
  for (const issue of row.warnings) {
    addIssue(tally, { row: row.row, field: issue.field, message: issue.message, severity: 'warning' });
  }
}

/**
 * Consumes prepared rows as they stream in, `batchSize` at a time: only one batch is ever held in memory.
 * A dry run validates and matches every row the same way but writes no candidate.
 */
export async function runImportRows(
  db: Db,
  rows: AsyncIterable<PreparedRow>,
  options: RunOptions,
): Promise<ImportTally> {
  const tally: ImportTally = options.resume
    ? { ...options.resume, totalRows: options.totalRows, issues: [...options.resume.issues] }
    : emptyTally(options.totalRows);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const seen = new Set<string>(); // dry run only: keys a real run would have created by then
  let skip = tally.processedRows;
  let batch: PreparedRow[] = [];

  const progressValues = () => ({
    status: 'running' as const,
    totalRows: tally.totalRows,
    processedRows: tally.processedRows,
    createdCount: tally.createdCount,
    updatedCount: tally.updatedCount,
    errorCount: tally.errorCount,
    errors: storedIssues(tally),
  });

  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    if (options.dryRun) {
      for (const row of current) {
        count(tally, row, 'errors' in row ? null : await classifyRow(db, options.orgId, row, seen));
      }
      await updateImport(db, options.orgId, options.importId, progressValues());
    } else {
      const before = { ...tally, issues: [...tally.issues] };
      try {
        await db.transaction(async (tx) => {
          for (const row of current) {
            count(
              tally,
              row,
              'errors' in row ? null : await writeRow(tx, options.orgId, row, options.actorUserId),
            );
          }
          await updateImport(tx, options.orgId, options.importId, progressValues());
        });
      } catch (error) {
        Object.assign(tally, before); // the batch rolled back: so do its counts
        throw error;
      }
    }
    await options.onBatch?.(tally);
  };

  // Statistics are refreshed every so many written rows, and once more at the end of a large import.
  let sinceAnalyze = 0;
  const maybeAnalyze = async (force: boolean) => {
    if (options.dryRun || sinceAnalyze === 0) return;
    if (sinceAnalyze >= ANALYZE_EVERY_ROWS || (force && tally.processedRows >= ANALYZE_EVERY_ROWS)) {
      sinceAnalyze = 0;
      await refreshStatistics(db);
    }
  };
  for await (const row of rows) {
    if (skip > 0) {
      skip--;
      continue;
    }
    batch.push(row);
    if (batch.length >= batchSize) {
      sinceAnalyze += batch.length;
      await flush();
      await maybeAnalyze(false);
    }
  }
  sinceAnalyze += batch.length;
  await flush();
  await maybeAnalyze(true);
  return tally;
}
