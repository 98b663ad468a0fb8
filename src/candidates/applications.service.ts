import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { ensureStages, recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { saveFile } from '../platform/files/file-store.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import type { Services } from '../platform/services.ts';
import type { JobRow } from '../roles/roles.store.ts';
import { refreshSearchDocument } from './candidates.store.ts';
import { applications, type CandidateLinks, candidates, type ScreeningAnswer } from './candidates.tables.ts';

export type CareersApplication = {
  name: string;
  email: string;
  phone: string | null;
  location: string | null;
  links: CandidateLinks;
  answers: ScreeningAnswer[];
  consentText: string;
  resume: { filename: string; contentType: string; content: Buffer };
};

/**
 * Records an application from the careers page in one transaction: the candidate (found by e-mail, or new),
 * the résumé, and the application in the job's first stage. Applying twice to the same job changes nothing.
 */
export async function submitCareersApplication(services: Services, job: JobRow, input: CareersApplication) {
  return services.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(candidates)
      .where(
        and(eq(candidates.orgId, job.orgId), sql`lower(${candidates.email}) = ${input.email.toLowerCase()}`),
      )
      .limit(1);
    const now = new Date();
    const candidate =
      existing ??
      (
        await tx
          .insert(candidates)
          .values({
            orgId: job.orgId,
            name: input.name,
            email: input.email,
            phone: input.phone,
            location: input.location,
            links: input.links,
            source: 'careers_page',
            consentAt: now,
            consentText: input.consentText,
          })
          .returning()
      )[0]!;
    if (existing) {
      await tx
        .update(candidates)
        .set({
          phone: existing.phone ?? input.phone,
          location: existing.location ?? input.location,
          links: {
            github: existing.links.github ?? input.links.github,
            linkedin: existing.links.linkedin ?? input.links.linkedin,
            stackoverflow: existing.links.stackoverflow ?? input.links.stackoverflow,
            website: existing.links.website ?? input.links.website,
          },
          consentAt: now,
          consentText: input.consentText,
          updatedAt: now,
        })
        .where(eq(candidates.id, existing.id));
    }
    const [already] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.candidateId, candidate.id), eq(applications.jobId, job.id)));
    if (already) return { candidateId: candidate.id, applicationId: already.id, duplicate: true };

    const resume = await saveFile(tx, {
      orgId: job.orgId,
      ownerType: 'candidate',
      ownerId: candidate.id,
      purpose: 'resume',
      ...input.resume,
    });
    const [firstStage] = await ensureStages(tx, job.orgId, job.id, job.blueprint.seniority);
    const [application] = await tx
      .insert(applications)
      .values({
        orgId: job.orgId,
        candidateId: candidate.id,
        jobId: job.id,
        stage: firstStage!.key,
        source: 'careers_page',
        answers: input.answers,
        resumeFileId: resume.id,
      })
      .returning();
    await recordEvents(tx, [
      {
        orgId: job.orgId,
        candidateId: candidate.id,
        applicationId: application!.id,
        jobId: job.id,
        type: 'applied',
        toStage: firstStage!.key,
        data: { source: 'careers_page', consent: input.consentText },
      },
    ]);
    await refreshSearchDocument(tx, job.orgId, candidate.id);
    return { candidateId: candidate.id, applicationId: application!.id, duplicate: false };
  });
}

/**
 * Puts a candidate already in the pool into a job's first stage, with their latest résumé; refused (409) when
 * they are in that job already. The caller owns the transaction.
 */
export async function addCandidateToJob(
  tx: Executor,
  values: { orgId: string; candidateId: string; job: JobRow; actorUserId: string; source: string },
) {
  const [candidate] = await tx
    .select({ id: candidates.id, name: candidates.name, anonymisedAt: candidates.anonymisedAt })
    .from(candidates)
    .where(
      and(
        eq(candidates.orgId, values.orgId),
        eq(candidates.id, values.candidateId),
        isNull(candidates.mergedIntoId),
      ),
    );
  if (!candidate) throw notFound('candidate');
  if (candidate.anonymisedAt) throw conflict('This candidate’s data was erased; they cannot join a job.');
  if (values.job.status === 'closed') throw conflict('The job is closed; reopen it to add candidates.');
  const [already] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.candidateId, candidate.id), eq(applications.jobId, values.job.id)));
  if (already) throw conflict(`${candidate.name} is already in this job’s pipeline.`);
  const [resume] = await tx
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.orgId, values.orgId),
        eq(storedFiles.ownerType, 'candidate'),
        eq(storedFiles.ownerId, candidate.id),
        eq(storedFiles.purpose, 'resume'),
      ),
    )
    .orderBy(desc(storedFiles.createdAt))
    .limit(1);
  const [firstStage] = await ensureStages(tx, values.orgId, values.job.id, values.job.blueprint.seniority);
  const [application] = await tx
    .insert(applications)
    .values({
      orgId: values.orgId,
      candidateId: candidate.id,
      jobId: values.job.id,
      stage: firstStage!.key,
      source: values.source,
      resumeFileId: resume?.id ?? null,
    })
    .returning();
  await recordEvents(tx, [
    {
      orgId: values.orgId,
      candidateId: candidate.id,
      applicationId: application!.id,
      jobId: values.job.id,
      type: 'applied',
      toStage: firstStage!.key,
      actorUserId: values.actorUserId,
    },
  ]);
  return application!;
}
