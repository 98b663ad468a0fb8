import { and, asc, eq, inArray } from 'drizzle-orm';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { organisations, users } from '../accounts/accounts.tables.ts';
import {
  applications,
  candidateEvents,
  candidateNotes,
  candidateSkills,
  candidates,
  jobStages,
} from '../candidates/candidates.tables.ts';
import { rejectionReasons } from '../pipeline/stages.ts';
import type { Executor } from '../platform/db/client.ts';
import { notFound } from '../platform/errors.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import { outboxMessages } from '../platform/mail/outbox.tables.ts';
import { jobs } from '../roles/roles.tables.ts';
import { getSkill } from '../skills/taxonomy.ts';
import { candidateFamily } from './erase.ts';

/**
 * Data export ("right of access" / portability): everything the organisation holds about one candidate, as a
 * ZIP with `candidate.json` and their files.
 */

export const EXPORT_FORMAT = 'hirebench.candidate-export/1';

type CandidateRow = typeof candidates.$inferSelect;
export type ExportFile = { path: string; content: Uint8Array };
export type CandidateExport = { document: Record<string, unknown>; files: ExportFile[] };

function profileOf(row: CandidateRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emails: row.emails,
    phone: row.phone,
    phones: row.phones,
    location: row.location,
    timeZone: row.timeZone,
    headline: row.headline,
    links: row.links,
    experience: row.experience,
    education: row.education,
    totalYears: row.totalYears,
    salaryExpectation: row.salaryExpectation,
    availableFrom: row.availableFrom,
    noticePeriodWeeks: row.noticePeriodWeeks,
    source: row.source,
    sourceDetail: row.sourceDetail,
    tags: row.tags,
    resumeText: row.resumeText,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    anonymisedAt: row.anonymisedAt,
  };
}

/** A file name safe in any archive tool: letters, digits, dots, dashes; no directories. Pure. */
export function safeArchiveName(filename: string): string {
  const base = filename
    .replace(/^.*[\\/]/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-100);
  return base || 'file';
}

/** `candidate-ada-lovelace-2026-05-04.zip`. Pure. */
export function exportFilename(name: string, now: Date): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `candidate-${slug || 'export'}-${now.toISOString().slice(0, 10)}.zip`;
}

/** Reads everything about the candidate (and records merged into them). Throws not_found. */
export async function collectCandidateExport(
  db: Executor,
  orgId: string,
  candidateId: string,
  now = new Date(),
): Promise<CandidateExport> {
  const [candidate] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, candidateId)));
  if (!candidate || candidate.mergedIntoId) throw notFound('candidate');
  const ids = await candidateFamily(db, orgId, candidateId);

  const [organisation] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  const merged = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), inArray(candidates.id, ids)))
    .orderBy(asc(candidates.createdAt));
  const skills = await db
    .select()
    .from(candidateSkills)
    .where(and(eq(candidateSkills.orgId, orgId), inArray(candidateSkills.candidateId, ids)))
    .orderBy(asc(candidateSkills.skill));
  const applicationRows = await db
    .select({ application: applications, jobTitle: jobs.title })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.orgId, orgId), inArray(applications.candidateId, ids)))
    .orderBy(asc(applications.createdAt));
  const jobIds = [...new Set(applicationRows.map((row) => row.application.jobId))];
  const stages = jobIds.length
    ? await db
        .select({ jobId: jobStages.jobId, key: jobStages.key, name: jobStages.name })
        .from(jobStages)
        .where(and(eq(jobStages.orgId, orgId), inArray(jobStages.jobId, jobIds)))
    : [];
  const events = await db
    .select()
    .from(candidateEvents)
    .where(and(eq(candidateEvents.orgId, orgId), inArray(candidateEvents.candidateId, ids)))
    .orderBy(asc(candidateEvents.createdAt));
  const notes = await db
    .select()
    .from(candidateNotes)
    .where(and(eq(candidateNotes.orgId, orgId), inArray(candidateNotes.candidateId, ids)))
    .orderBy(asc(candidateNotes.createdAt));
  const messages = await db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.orgId, orgId), inArray(outboxMessages.candidateId, ids)))
    .orderBy(asc(outboxMessages.createdAt));
  const files = await db
    .select()
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.orgId, orgId),
        eq(storedFiles.ownerType, 'candidate'),
        inArray(storedFiles.ownerId, ids),
      ),
    )
    .orderBy(asc(storedFiles.createdAt));
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.orgId, orgId));

  const personName = (id: string | null) =>
    id ? (people.find((person) => person.id === id)?.name ?? null) : null;
  const stageName = (jobId: string | null, key: string | null) =>
    key ? (stages.find((stage) => stage.jobId === jobId && stage.key === key)?.name ?? key) : null;
  const reasonLabel = (code: string | null) =>
    code ? (rejectionReasons.find((reason) => reason.code === code)?.label ?? code) : null;

  const archived = files.map((file, index) => ({
    file,
    path: `files/${index + 1}-${safeArchiveName(file.filename)}`,
  }));

  const document = {
    format: EXPORT_FORMAT,
    exportedAt: now,
    organisation: organisation?.name ?? null,
    candidate: profileOf(candidate),
    consent: {
      consentAt: candidate.consentAt,
      consentText: candidate.consentText,
      retainUntil: candidate.retainUntil,
    },
    skills: skills.map((skill) => ({
      skill: skill.skill,
      name: getSkill(skill.skill)?.name ?? skill.skill,
      years: skill.years,
      source: skill.source,
    })),
    applications: applicationRows.map(({ application, jobTitle }) => ({
      id: application.id,
      jobId: application.jobId,
      jobTitle,
      stage: application.stage,
      stageName: stageName(application.jobId, application.stage),
      stageEnteredAt: application.stageEnteredAt,
      status: application.status,
      rejectionReason: application.rejectionReason,
      rejectionReasonLabel: reasonLabel(application.rejectionReason),
      source: application.source,
      answers: application.answers,
      createdAt: application.createdAt,
      closedAt: application.closedAt,
      stageHistory: events
        .filter((event) => event.applicationId === application.id)
        .map((event) => ({
          type: event.type,
          fromStage: event.fromStage,
          fromStageName: stageName(event.jobId, event.fromStage),
          toStage: event.toStage,
          toStageName: stageName(event.jobId, event.toStage),
          by: personName(event.actorUserId),
          at: event.createdAt,
        })),
    })),
    events: events.map((event) => ({
      type: event.type,
      jobId: event.jobId,
      applicationId: event.applicationId,
      fromStage: event.fromStage,
      toStage: event.toStage,
      by: personName(event.actorUserId),
      data: event.data,
      at: event.createdAt,
    })),
    notes: notes.map((note) => ({
      body: note.body,
      by: personName(note.authorId),
      applicationId: note.applicationId,
      createdAt: note.createdAt,
    })),
    emails: messages.map((message) => ({
      to: message.to,
      from: message.from,
      subject: message.subject,
      text: message.text,
      status: message.status,
      createdAt: message.createdAt,
      sentAt: message.sentAt,
    })),
    files: archived.map(({ file, path }) => ({
      path,
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      purpose: file.purpose,
      createdAt: file.createdAt,
    })),
    mergedRecords: merged.filter((row) => row.id !== candidate.id).map(profileOf),
  };
  return {
    document,
    files: archived.map(({ file, path }) => ({ path, content: new Uint8Array(file.content) })),
  };
}

function readme(organisation: unknown): string {
  return [
    `This archive holds the personal data ${typeof organisation === 'string' ? organisation : 'the organisation'} keeps about you in Hirebench.`,
    '',
    'candidate.json  your profile, consent, skills, applications with their stage history, the events and',
    '                notes recorded about you, and the e-mails sent to you (UTF-8 JSON).',
    'files/          the documents you or the team uploaded, such as your résumé, byte for byte.',
    '',
  ].join('\n');
}

/** The export as a ZIP archive. */
export function zipCandidateExport(data: CandidateExport): Uint8Array {
  const entries: Zippable = {
    'README.txt': strToU8(readme(data.document.organisation)),
    'candidate.json': strToU8(`${JSON.stringify(data.document, null, 2)}\n`),
  };
  for (const file of data.files) entries[file.path] = file.content;
  return zipSync(entries, { level: 6 });
}
