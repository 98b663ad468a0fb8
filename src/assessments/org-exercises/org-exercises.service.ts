// An organisation's own exercises: create, edit, archive, the starter archive, and resolving an exercise id for
// one organisation (the shipped library first, then that organisation's own — never another's).
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../../accounts/accounts.service.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getFile, saveFile } from '../../platform/files/file-store.ts';
import type { Exercise } from '../exercises/exercise.ts';
import { findExercise } from '../exercises/index.ts';
import { refuseUnsafeZip } from '../zip-upload.ts';
import {
  type HiddenChecksInput,
  type Problem,
  prepareHiddenChecks,
  serviceExerciseOf,
} from './org-exercise-checks.ts';
import { orgExercises } from './org-exercises.tables.ts';

export type OrgExerciseRow = typeof orgExercises.$inferSelect;

export const STARTER_MAX_BYTES = 10 * 1024 * 1024;
const STARTER_PURPOSE = 'exercise-starter';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type OrgExerciseInput = {
  title: string;
  summary: string;
  timeLimitMinutes: number;
  brief: string;
  hiddenChecks: HiddenChecksInput;
};

function checksRefused(problems: Problem[]): AppError {
  const first = problems[0];
  return new AppError(
    'validation_failed',
    `The hidden checks are not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}${first ? `; first: ${first.path}: ${first.message}` : ''}).`,
    problems,
  );
}

async function prepared(input: HiddenChecksInput) {
  const result = await prepareHiddenChecks(input);
  if (!result.ok) throw checksRefused(result.problems);
  return result;
}

export async function createOrgExercise(db: Executor, auth: AuthContext, input: OrgExerciseInput) {
  const checks = await prepared(input.hiddenChecks);
  const [row] = await db
    .insert(orgExercises)
    .values({
      orgId: auth.orgId,
      title: input.title,
      summary: input.summary,
      timeLimitMinutes: input.timeLimitMinutes,
      brief: input.brief,
      checkSource: checks.source,
      checkDefinition: checks.definition,
      createdBy: auth.user.id,
    })
    .returning();
  return { row: row!, notes: checks.notes };
}

/** One of the organisation's own exercises (archived ones only when asked). */
export async function getOrgExercise(
  db: Executor,
  orgId: string,
  id: string,
  options: { archived?: boolean } = {},
) {
  if (!uuidPattern.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(orgExercises)
    .where(
      and(
        eq(orgExercises.orgId, orgId),
        eq(orgExercises.id, id),
        options.archived ? undefined : isNull(orgExercises.archivedAt),
      ),
    );
  return row;
}

export async function requireOrgExercise(db: Executor, orgId: string, id: string) {
  const row = await getOrgExercise(db, orgId, id);
  if (!row) throw notFound('exercise');
  return row;
}

export async function updateOrgExercise(db: Executor, orgId: string, id: string, input: OrgExerciseInput) {
  await requireOrgExercise(db, orgId, id);
  const checks = await prepared(input.hiddenChecks);
  const [row] = await db
    .update(orgExercises)
    .set({
      title: input.title,
      summary: input.summary,
      timeLimitMinutes: input.timeLimitMinutes,
      brief: input.brief,
      checkSource: checks.source,
      checkDefinition: checks.definition,
      updatedAt: new Date(),
    })
    .where(and(eq(orgExercises.orgId, orgId), eq(orgExercises.id, id)))
    .returning();
  return { row: row!, notes: checks.notes };
}

/** Archived, not deleted: invitations already sent keep their brief, starter and checks. */
export async function archiveOrgExercise(db: Executor, orgId: string, id: string) {
  await requireOrgExercise(db, orgId, id);
  await db
    .update(orgExercises)
    .set({ archivedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(orgExercises.orgId, orgId), eq(orgExercises.id, id)));
}

export async function listOrgExercises(db: Executor, orgId: string) {
  return db
    .select()
    .from(orgExercises)
    .where(and(eq(orgExercises.orgId, orgId), isNull(orgExercises.archivedAt)))
    .orderBy(asc(orgExercises.createdAt));
}

/** Refuses anything but a readable zip whose entries stay inside it. */
function checkStarterZip(content: Buffer) {
  if (content.length === 0)
    throw new AppError('validation_failed', 'Attach the starter as a zip file.', [
      { path: 'file', message: 'Missing or empty.' },
    ]);
  if (!(content[0] === 0x50 && content[1] === 0x4b && content[2] === 3 && content[3] === 4))
    throw new AppError('unsupported_media_type', 'The starter must be a .zip file.');
  refuseUnsafeZip(content);
}

export async function setStarter(
  db: Executor,
  orgId: string,
  id: string,
  upload: { filename: string; content: Buffer },
) {
  checkStarterZip(upload.content);
  return db.transaction(async (tx) => {
    await requireOrgExercise(tx, orgId, id);
    const file = await saveFile(tx, {
      orgId,
      ownerType: 'org_exercise',
      ownerId: id,
      purpose: STARTER_PURPOSE,
      filename: upload.filename || 'starter.zip',
      contentType: 'application/zip',
      content: upload.content,
    });
    const [row] = await tx
      .update(orgExercises)
      .set({ starterFileId: file.id, updatedAt: new Date() })
      .where(and(eq(orgExercises.orgId, orgId), eq(orgExercises.id, id)))
      .returning();
    return row!;
  });
}

export async function removeStarter(db: Executor, orgId: string, id: string) {
  await requireOrgExercise(db, orgId, id);
  const [row] = await db
    .update(orgExercises)
    .set({ starterFileId: null, updatedAt: new Date() })
    .where(and(eq(orgExercises.orgId, orgId), eq(orgExercises.id, id)))
    .returning();
  return row!;
}

export async function starterInfo(db: Executor, row: OrgExerciseRow) {
  if (!row.starterFileId) return null;
  const file = await getFile(db, row.orgId, row.starterFileId);
  return file ? { filename: file.filename, sizeBytes: file.sizeBytes, file } : null;
}

export async function exerciseOfRow(db: Executor, row: OrgExerciseRow): Promise<Exercise> {
  const starter = await starterInfo(db, row);
  return serviceExerciseOf({ ...row, starterZip: starter ? new Uint8Array(starter.file.content) : null });
}

/**
 * The exercise an id names for this organisation: a shipped one, or the organisation's own (archived ones too,
 * for invitations already sent). Another organisation's exercise is never found.
 */
export async function findExerciseFor(
  db: Executor,
  orgId: string,
  id: string,
  options: { archived?: boolean } = { archived: true },
): Promise<Exercise | undefined> {
  const shipped = findExercise(id);
  if (shipped) return shipped;
  const row = await getOrgExercise(db, orgId, id, options);
  return row ? exerciseOfRow(db, row) : undefined;
}

/** Titles for a list of invitations, without loading every exercise's checks. */
export async function exerciseTitles(
  db: Executor,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const id of new Set(ids)) {
    const shipped = findExercise(id);
    if (shipped) titles.set(id, shipped.title);
    else {
      const row = await getOrgExercise(db, orgId, id, { archived: true });
      if (row) titles.set(id, row.title);
    }
  }
  return titles;
}
