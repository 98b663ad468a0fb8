import { createHash } from 'node:crypto';
import { and, eq, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import {
  exerciseInvitations,
  exerciseReviews,
  exerciseSimilarities,
  exerciseSubmissions,
} from '../assessments/assessments.tables.ts';
import {
  applications,
  candidateEvents,
  candidateNotes,
  candidateSkills,
  candidates,
} from '../candidates/candidates.tables.ts';
import {
  hiringDecisions,
  referenceRequests,
  schedulingLinks,
  scorecardRevisions,
  scorecards,
} from '../interviews/interviews.tables.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { type Executor, rowsOf } from '../platform/db/client.ts';
import { notFound } from '../platform/errors.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import { backgroundJobs } from '../platform/jobs/jobs.tables.ts';
import { outboxMessages } from '../platform/mail/outbox.tables.ts';

/**
 * Erasure ("right to be forgotten") of one candidate, in the caller's transaction.
 *
 * Personal data goes everywhere it lives: the profile is anonymised, skills, notes and files are deleted,
 * e-mails to or about the person are deleted from the outbox, screening answers are blanked, and event data
 * keeps only non-personal keys. What the pipeline needs for its figures stays: applications (job, stage,
 * status, dates) and the stage events (type, stages, job, time). Records merged into the candidate are the
 * same person and are erased with them.
 */

export const ERASED_NAME = 'Erased candidate';

/**
 * Keys of `candidate_events.data` kept on erasure: they never hold personal data (a rejection reason code, the
 * source, an e-mail template key) and only plain values of them are kept. Everything else in `data` goes.
 */
export const EVENT_DATA_KEPT = ['reason', 'source', 'template'] as const;

const comparable = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ');

/**
 * The typed confirmation matches the candidate's name: the same letters and case; blanks around and between
 * words do not count. Pure.
 */
export function confirmsName(typed: string, name: string): boolean {
  return comparable(typed).length > 0 && comparable(typed) === comparable(name);
}

const placeholderNames = new Set(['unknown', 'candidate', ERASED_NAME.toLowerCase()]);

/**
 * The strings that identify the person in free text (e-mails about them): their names, e-mail addresses and
 * phone numbers, as written (the database compares them case-insensitively). Names shorter than four
 * characters and placeholders are left out, so erasing "Al" does not delete every message containing "al".
 * Pure.
 */
export function identifyingStrings(people: { name: string; emails: string[]; phones: string[] }[]): string[] {
  const found = new Map<string, string>();
  const add = (value: string, minLength: number) => {
    const text = value.trim();
    if (text.length >= minLength && !found.has(text.toLowerCase())) found.set(text.toLowerCase(), text);
  };
  for (const person of people) {
    const name = person.name.trim();
    if (!placeholderNames.has(name.toLowerCase())) {
      add(name, 4);
      add(name.replace(/\s+/g, ' '), 4);
    }
    for (const email of person.emails) add(email, 3);
    for (const phone of person.phones) add(phone, 6);
  }
  return [...found.values()];
}

/**
 * What an erased candidate's `import_key` becomes: a one-way digest of the old key (which may hold their
 * e-mail address), so an importer can still recognise a re-imported row as someone erased — by comparing
 * `erasedImportKey(orgId, key)` — without the address being stored. Pure.
 */
export function erasedImportKey(orgId: string, importKey: string): string {
  return `erased:${createHash('sha256').update(`${orgId}:${importKey}`, 'utf8').digest('hex')}`;
}

/** The candidate and every record merged into them (and into those), within the organisation. */
export async function candidateFamily(db: Executor, orgId: string, candidateId: string): Promise<string[]> {
  const result = await db.execute(sql`
    with recursive family(id) as (
      select id from candidates where org_id = ${orgId} and id = ${candidateId}
      union
      select c.id from candidates c join family f on c.merged_into_id = f.id where c.org_id = ${orgId}
    )
    select id from family`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

export type ErasureTrigger = 'request' | 'retention';

export type ErasureSummary = {
  candidateId: string;
  anonymisedAt: Date;
  mergedRecords: number;
  files: number;
  notes: number;
  skills: number;
  messages: number;
  events: number;
  withdrawnApplications: number;
};

export type EraseInput = {
  orgId: string;
  candidateId: string;
  actorUserId: string | null;
  trigger: ErasureTrigger;
  ip?: string | null;
  now?: Date;
};

/**
 * Erases one candidate's personal data in one transaction (pass the transaction): afterwards no table holds
 * their name, e-mail addresses, phone numbers, résumé or notes. Throws not_found for an unknown candidate.
 */
export async function eraseCandidate(tx: Executor, input: EraseInput): Promise<ErasureSummary> {
  const { orgId } = input;
  const now = input.now ?? new Date();
  const ids = await candidateFamily(tx, orgId, input.candidateId);
  if (ids.length === 0) throw notFound('candidate');
  const people = await tx
    .select({
      name: candidates.name,
      email: candidates.email,
      emails: candidates.emails,
      phone: candidates.phone,
      phones: candidates.phones,
    })
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), inArray(candidates.id, ids)));
  const identifying = identifyingStrings(
    people.map((person) => ({
      name: person.name,
      emails: [...person.emails, ...(person.email ? [person.email] : [])],
      phones: [...person.phones, ...(person.phone ? [person.phone] : [])],
    })),
  );

  // Files: their own, and any other copy of the same bytes (an unclaimed upload of the same résumé).
  const ownFiles = and(
    eq(storedFiles.orgId, orgId),
    eq(storedFiles.ownerType, 'candidate'),
    inArray(storedFiles.ownerId, ids),
  );
  const hashes = (await tx.select({ sha256: storedFiles.sha256 }).from(storedFiles).where(ownFiles)).map(
    (row) => row.sha256,
  );
  const deletedFiles = await tx
    .delete(storedFiles)
    .where(
      or(
        ownFiles,
        hashes.length
          ? and(
              eq(storedFiles.orgId, orgId),
              ne(storedFiles.ownerType, 'candidate'),
              inArray(storedFiles.sha256, hashes),
            )
          : undefined,
      ),
    )
    .returning({ id: storedFiles.id });

  const deletedNotes = await tx
    .delete(candidateNotes)
    .where(and(eq(candidateNotes.orgId, orgId), inArray(candidateNotes.candidateId, ids)))
    .returning({ id: candidateNotes.id });
  const deletedSkills = await tx
    .delete(candidateSkills)
    .where(and(eq(candidateSkills.orgId, orgId), inArray(candidateSkills.candidateId, ids)))
    .returning({ skill: candidateSkills.skill });

  // E-mails to them, or naming them (a mention, a digest): deleted, with their delivery jobs.
  const mentions: SQL[] = identifying.map(
    (text) =>
      sql`strpos(lower(concat_ws(' ', ${outboxMessages.to}::text, ${outboxMessages.subject}, ${outboxMessages.text}, ${outboxMessages.html})), lower(${text})) > 0`,
  );
  const deletedMessages = await tx
    .delete(outboxMessages)
    .where(and(eq(outboxMessages.orgId, orgId), or(inArray(outboxMessages.candidateId, ids), ...mentions)))
    .returning({ id: outboxMessages.id });
  if (deletedMessages.length > 0) {
    await tx.delete(backgroundJobs).where(
      and(
        eq(backgroundJobs.type, 'mail.send'),
        inArray(
          sql`${backgroundJobs.payload}->>'messageId'`,
          deletedMessages.map((message) => message.id),
        ),
      ),
    );
  }

  // Interviews keep their times and ratings for analytics; what was written about the person goes: referees and
  // their answers, scheduling links, scorecard evidence and summaries (and their earlier versions), rationales.
  const applicationIds = (
    await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.orgId, orgId), inArray(applications.candidateId, ids)))
  ).map((row) => row.id);
  await tx
    .delete(referenceRequests)
    .where(and(eq(referenceRequests.orgId, orgId), inArray(referenceRequests.candidateId, ids)));
  if (applicationIds.length > 0) {
    await tx
      .delete(schedulingLinks)
      .where(and(eq(schedulingLinks.orgId, orgId), inArray(schedulingLinks.applicationId, applicationIds)));
    const cards = await tx
      .update(scorecards)
      .set({ data: sql`${scorecards.data} || '{"notes": {}, "summary": ""}'::jsonb` })
      .where(and(eq(scorecards.orgId, orgId), inArray(scorecards.applicationId, applicationIds)))
      .returning({ id: scorecards.id });
    if (cards.length > 0) {
      await tx.delete(scorecardRevisions).where(
        and(
          eq(scorecardRevisions.orgId, orgId),
          inArray(
            scorecardRevisions.scorecardId,
            cards.map((card) => card.id),
          ),
        ),
      );
    }
    await tx
      .update(hiringDecisions)
      .set({ rationale: '' })
      .where(and(eq(hiringDecisions.orgId, orgId), inArray(hiringDecisions.applicationId, applicationIds)));
    // Practical exercises keep their scores; reviewers' evidence and comments go, and so do the fingerprints of
    // the work and any similarity flag that points at it.
    const submissionIds = (
      await tx
        .select({ id: exerciseSubmissions.id })
        .from(exerciseSubmissions)
        .innerJoin(exerciseInvitations, eq(exerciseInvitations.id, exerciseSubmissions.invitationId))
        .where(
          and(
            eq(exerciseSubmissions.orgId, orgId),
            inArray(exerciseInvitations.applicationId, applicationIds),
          ),
        )
    ).map((row) => row.id);
    if (submissionIds.length > 0) {
      await tx
        .update(exerciseReviews)
        .set({
          comment: '',
          scores: sql`(select coalesce(jsonb_agg(entry || '{"evidence": ""}'::jsonb), '[]'::jsonb) from jsonb_array_elements(${exerciseReviews.scores}) as entry)`,
        })
        .where(and(eq(exerciseReviews.orgId, orgId), inArray(exerciseReviews.submissionId, submissionIds)));
      await tx
        .delete(exerciseSimilarities)
        .where(
          and(
            eq(exerciseSimilarities.orgId, orgId),
            inArray(exerciseSimilarities.submissionId, submissionIds),
          ),
        );
      await tx
        .update(exerciseSimilarities)
        .set({ matchSubmissionId: null, matchScore: null, matchingFiles: null, flagged: false })
        .where(
          and(
            eq(exerciseSimilarities.orgId, orgId),
            inArray(exerciseSimilarities.matchSubmissionId, submissionIds),
          ),
        );
    }
  }

  // Applications keep job, stage, status and dates; screening answers go. Open ones are withdrawn.
  await tx
    .update(applications)
    .set({ answers: [], resumeFileId: null })
    .where(and(eq(applications.orgId, orgId), inArray(applications.candidateId, ids)));
  const withdrawn = await tx
    .update(applications)
    .set({ status: 'withdrawn', rejectionReason: null, closedAt: now, updatedAt: now })
    .where(
      and(
        eq(applications.orgId, orgId),
        inArray(applications.candidateId, ids),
        eq(applications.status, 'active'),
      ),
    )
    .returning();

  const keptData = sql.join(
    EVENT_DATA_KEPT.map(
      (key) =>
        sql`${key}::text, case when jsonb_typeof(${candidateEvents.data}->${key}::text) in ('string', 'number', 'boolean') then ${candidateEvents.data}->${key}::text end`,
    ),
    sql`, `,
  );
  const redactedEvents = await tx
    .update(candidateEvents)
    .set({ data: sql`jsonb_strip_nulls(jsonb_build_object(${keptData}))` })
    .where(and(eq(candidateEvents.orgId, orgId), inArray(candidateEvents.candidateId, ids)))
    .returning({ id: candidateEvents.id });

  await tx
    .update(candidates)
    .set({
      name: ERASED_NAME,
      email: null,
      phone: null,
      emails: [],
      phones: [],
      location: null,
      timeZone: null,
      links: { github: null, linkedin: null, stackoverflow: null, website: null },
      headline: null,
      resumeText: null,
      experience: [],
      education: [],
      salaryExpectation: null,
      availableFrom: null,
      noticePeriodWeeks: null,
      sourceDetail: null,
      tags: [],
      retainUntil: null,
      searchDocument: '',
      anonymisedAt: now,
      updatedAt: now,
    })
    .where(and(eq(candidates.orgId, orgId), inArray(candidates.id, ids)));

  const keyed = await tx
    .select({ id: candidates.id, importKey: candidates.importKey })
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), inArray(candidates.id, ids), isNotNull(candidates.importKey)));
  for (const row of keyed) {
    if (row.importKey?.startsWith('erased:')) continue;
    await tx
      .update(candidates)
      .set({ importKey: erasedImportKey(orgId, row.importKey!) })
      .where(eq(candidates.id, row.id));
  }

  await recordEvents(tx, [
    ...withdrawn.map((application) => ({
      orgId,
      candidateId: application.candidateId,
      applicationId: application.id,
      jobId: application.jobId,
      type: 'withdrawn',
      fromStage: application.stage,
      actorUserId: input.actorUserId,
      data: { reason: 'erased' },
    })),
    {
      orgId,
      candidateId: input.candidateId,
      type: 'erased',
      actorUserId: input.actorUserId,
      data: { trigger: input.trigger },
    },
  ]);

  const summary: ErasureSummary = {
    candidateId: input.candidateId,
    anonymisedAt: now,
    mergedRecords: ids.length - 1,
    files: deletedFiles.length,
    notes: deletedNotes.length,
    skills: deletedSkills.length,
    messages: deletedMessages.length,
    events: redactedEvents.length,
    withdrawnApplications: withdrawn.length,
  };
  // Counts only: the audit trail says that and when someone was erased, never who they were.
  const { candidateId: _id, anonymisedAt: _at, ...counts } = summary;
  await recordAudit(tx, {
    orgId,
    actorUserId: input.actorUserId,
    action: 'candidate.erased',
    targetType: 'candidate',
    targetId: input.candidateId,
    data: { trigger: input.trigger, ...counts },
    ip: input.ip ?? null,
  });
  return summary;
}
