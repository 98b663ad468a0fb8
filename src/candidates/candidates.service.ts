import { and, eq, inArray, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import { normaliseCandidate, type ParsedCandidateInput } from './candidate-input.ts';
import { getCandidate, refreshSearchDocument, searchDocumentOf } from './candidates.store.ts';
import {
  applications,
  candidateEvents,
  candidateNotes,
  candidateSkills,
  candidates,
} from './candidates.tables.ts';

export type Duplicate = { id: string; name: string; matchedOn: ('email' | 'phone' | 'github')[] };

/** Candidates of the organisation sharing an e-mail, a normalised phone or a GitHub handle. */
export async function findDuplicates(
  db: Executor,
  orgId: string,
  keys: { emails: string[]; phones: string[]; github: string | null },
  excludeId?: string,
): Promise<Duplicate[]> {
  const matchers = [
    ...keys.emails.map((email) => sql`${candidates.emails} ? ${email}`),
    ...keys.phones.map((phone) => sql`${candidates.phones} ? ${phone}`),
    ...(keys.github ? [sql`lower(${candidates.links}->>'github') = ${keys.github.toLowerCase()}`] : []),
  ];
  if (matchers.length === 0) return [];
  const rows = await db
    .select({
      id: candidates.id,
      name: candidates.name,
      emails: candidates.emails,
      phones: candidates.phones,
      links: candidates.links,
    })
    .from(candidates)
    .where(
      and(
        eq(candidates.orgId, orgId),
        isNull(candidates.mergedIntoId),
        isNull(candidates.anonymisedAt),
        excludeId ? ne(candidates.id, excludeId) : undefined,
        or(...matchers),
      ),
    )
    .limit(20);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    matchedOn: [
      ...(row.emails.some((email) => keys.emails.includes(email)) ? (['email'] as const) : []),
      ...(row.phones.some((phone) => keys.phones.includes(phone)) ? (['phone'] as const) : []),
      ...(keys.github && row.links.github?.toLowerCase() === keys.github.toLowerCase()
        ? (['github'] as const)
        : []),
    ],
  }));
}

export type CreateOptions = {
  actorUserId: string | null;
  importKey?: string | null;
  resumeText?: string | null;
  defaultCountry?: string | undefined;
};

/** Writes one candidate with their skills and a 'created' event; the caller owns the transaction. */
export async function createCandidate(
  tx: Executor,
  orgId: string,
  input: ParsedCandidateInput,
  options: CreateOptions,
) {
  const { candidate, skills, unknownSkills } = normaliseCandidate(input, options.defaultCountry);
  const duplicates = await findDuplicates(tx, orgId, {
    emails: candidate.emails,
    phones: candidate.phones,
    github: candidate.links.github,
  });
  const [row] = await tx
    .insert(candidates)
    .values({
      orgId,
      ...candidate,
      consentText: candidate.consentAt ? 'Consent recorded by the team.' : null,
      resumeText: options.resumeText ?? null,
      importKey: options.importKey ?? null,
      // A new candidate has no notes yet, so the search document is whole from the start.
      searchDocument: searchDocumentOf(
        { ...candidate, resumeText: options.resumeText ?? null },
        skills.map((skill) => skill.skill),
        [],
      ),
    })
    .returning();
  if (skills.length > 0) {
    await tx
      .insert(candidateSkills)
      .values(skills.map((skill) => ({ orgId, candidateId: row!.id, ...skill })));
  }
  await recordEvents(tx, [
    {
      orgId,
      candidateId: row!.id,
      type: 'created',
      actorUserId: options.actorUserId,
      data: {
        source: candidate.source,
        ...(duplicates.length ? { possibleDuplicates: duplicates.map((duplicate) => duplicate.id) } : {}),
      },
    },
  ]);
  return { candidate: row!, duplicates, unknownSkills };
}

/** Replaces the editable fields and the skill list; the history is kept as an 'updated' event. */
export async function updateCandidate(
  tx: Executor,
  orgId: string,
  candidateId: string,
  input: ParsedCandidateInput,
  options: { actorUserId: string | null; defaultCountry?: string | undefined },
) {
  const existing = await getCandidate(tx, orgId, candidateId);
  if (!existing) throw notFound('candidate');
  const { candidate, skills, unknownSkills } = normaliseCandidate(input, options.defaultCountry);
  const [row] = await tx
    .update(candidates)
    .set({
      ...candidate,
      consentAt: candidate.consentAt ? (existing.consentAt ?? candidate.consentAt) : null,
      updatedAt: new Date(),
    })
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, candidateId)))
    .returning();
  await tx
    .delete(candidateSkills)
    .where(and(eq(candidateSkills.orgId, orgId), eq(candidateSkills.candidateId, candidateId)));
  if (skills.length > 0) {
    await tx.insert(candidateSkills).values(skills.map((skill) => ({ orgId, candidateId, ...skill })));
  }
  await recordEvents(tx, [{ orgId, candidateId, type: 'updated', actorUserId: options.actorUserId }]);
  await refreshSearchDocument(tx, orgId, candidateId);
  return { candidate: row!, unknownSkills };
}

/**
 * Folds `mergeId` into `keepId`: applications, notes, events, files and skills move over, contacts are united,
 * and the merged record stays (hidden) pointing at the one kept, so nothing of either history is lost.
 */
export async function mergeCandidates(
  tx: Executor,
  orgId: string,
  keepId: string,
  mergeId: string,
  actorUserId: string,
) {
  const keep = await getCandidate(tx, orgId, keepId);
  const merge = await getCandidate(tx, orgId, mergeId);
  if (!keep || !merge) throw notFound('candidate');
  if (keepId === mergeId) throw conflict('Choose two different candidates to merge.');

  const keepJobs = await tx
    .select({ jobId: applications.jobId })
    .from(applications)
    .where(eq(applications.candidateId, keepId));
  const clashing = keepJobs.map((row) => row.jobId);
  // Where both applied to the same job, the kept candidate's application stays and the other is closed.
  if (clashing.length > 0) {
    await tx
      .update(applications)
      .set({ status: 'withdrawn', closedAt: new Date(), updatedAt: new Date() })
      .where(
        and(
          eq(applications.candidateId, mergeId),
          inArray(applications.jobId, clashing),
          eq(applications.status, 'active'),
        ),
      );
  }
  const moveable = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.candidateId, mergeId),
        clashing.length ? notInArray(applications.jobId, clashing) : undefined,
      ),
    );
  if (moveable.length > 0) {
    await tx
      .update(applications)
      .set({ candidateId: keepId })
      .where(
        inArray(
          applications.id,
          moveable.map((row) => row.id),
        ),
      );
  }
  await tx.update(candidateNotes).set({ candidateId: keepId }).where(eq(candidateNotes.candidateId, mergeId));
  await tx
    .update(candidateEvents)
    .set({ candidateId: keepId })
    .where(eq(candidateEvents.candidateId, mergeId));
  await tx
    .update(storedFiles)
    .set({ ownerId: keepId })
    .where(
      and(
        eq(storedFiles.orgId, orgId),
        eq(storedFiles.ownerType, 'candidate'),
        eq(storedFiles.ownerId, mergeId),
      ),
    );
  const mergeSkills = await tx.select().from(candidateSkills).where(eq(candidateSkills.candidateId, mergeId));
  for (const skill of mergeSkills) {
    await tx
      .insert(candidateSkills)
      .values({ ...skill, candidateId: keepId })
      .onConflictDoUpdate({
        target: [candidateSkills.candidateId, candidateSkills.skill],
        set: { years: sql`greatest(${candidateSkills.years}, excluded.years)` },
      });
  }
  await tx.delete(candidateSkills).where(eq(candidateSkills.candidateId, mergeId));

  const unite = (left: string[], right: string[]) => [...new Set([...left, ...right])];
  await tx
    .update(candidates)
    .set({
      emails: unite(keep.emails, merge.emails),
      phones: unite(keep.phones, merge.phones),
      email: keep.email ?? merge.email,
      phone: keep.phone ?? merge.phone,
      location: keep.location ?? merge.location,
      headline: keep.headline ?? merge.headline,
      links: {
        github: keep.links.github ?? merge.links.github,
        linkedin: keep.links.linkedin ?? merge.links.linkedin,
        stackoverflow: keep.links.stackoverflow ?? merge.links.stackoverflow,
        website: keep.links.website ?? merge.links.website,
      },
      experience: keep.experience.length ? keep.experience : merge.experience,
      education: keep.education.length ? keep.education : merge.education,
      totalYears: keep.totalYears ?? merge.totalYears,
      resumeText: keep.resumeText ?? merge.resumeText,
      tags: unite(keep.tags, merge.tags).sort(),
      consentAt: keep.consentAt ?? merge.consentAt,
      updatedAt: new Date(),
    })
    .where(eq(candidates.id, keepId));
  await tx
    .update(candidates)
    .set({ mergedIntoId: keepId, importKey: null, updatedAt: new Date() })
    .where(eq(candidates.id, mergeId));
  await recordEvents(tx, [
    {
      orgId,
      candidateId: keepId,
      type: 'merged',
      actorUserId,
      data: { mergedCandidateId: mergeId, mergedName: merge.name },
    },
  ]);
  await refreshSearchDocument(tx, orgId, keepId);
  return getCandidate(tx, orgId, keepId);
}
