import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { organisations } from '../accounts/accounts.tables.ts';
import {
  applications,
  candidateSkills,
  candidates,
  emailTemplates,
  jobStages,
} from '../candidates/candidates.tables.ts';
import { defaultEmailTemplates, fillTemplate, firstName } from '../candidates/email-templates.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import type { Services } from '../platform/services.ts';
import { requireJob } from '../roles/roles.service.ts';
import type { JobRow } from '../roles/roles.store.ts';
import {
  type EventInput,
  ensureStages,
  getApplications,
  listStages,
  recordEvents,
  type StageRow,
} from './pipeline.store.ts';
import { daysInStage, isStalled, type RejectionReason, stageKeyFromName } from './stages.ts';

export async function templateFor(db: Executor, orgId: string, key: string) {
  const [custom] = await db
    .select()
    .from(emailTemplates)
    .where(and(eq(emailTemplates.orgId, orgId), eq(emailTemplates.key, key)));
  const fallback = defaultEmailTemplates.find((template) => template.key === key);
  const template = custom ?? fallback;
  if (!template) throw notFound('e-mail template');
  return template;
}

async function loadJobContext(services: Services, auth: AuthContext, jobId: string) {
  const job = await requireJob(services.db, auth.orgId, jobId);
  const stages = await ensureStages(services.db, auth.orgId, job.id, job.blueprint.seniority);
  return { job, stages };
}

function requireApplicationsOfJob(found: { id: string; jobId: string }[], ids: string[], jobId: string) {
  if (found.length !== new Set(ids).size || found.some((application) => application.jobId !== jobId)) {
    throw notFound('application');
  }
}

type EmailPlan = { templateKey: string; sendAt?: Date | undefined };

/** Queues one templated e-mail per application, each on the candidate's timeline. */
async function emailApplicants(
  tx: Executor,
  services: Services,
  auth: AuthContext,
  job: JobRow,
  rows: { applicationId: string; candidateId: string }[],
  plan: EmailPlan,
  stage?: StageRow,
) {
  const template = await templateFor(tx, auth.orgId, plan.templateKey);
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, auth.orgId));
  const people = await tx
    .select({ id: candidates.id, name: candidates.name, email: candidates.email })
    .from(candidates)
    .where(
      and(
        eq(candidates.orgId, auth.orgId),
        inArray(
          candidates.id,
          rows.map((row) => row.candidateId),
        ),
      ),
    );
  const events: EventInput[] = [];
  for (const row of rows) {
    const person = people.find((candidate) => candidate.id === row.candidateId);
    if (!person?.email) continue;
    const values = {
      'candidate.name': person.name,
      'candidate.firstName': firstName(person.name),
      'job.title': job.title,
      'organisation.name': organisation!.name,
      'stage.name': stage?.name ?? '',
      'sender.name': auth.user.name,
    };
    const body = fillTemplate(template.body, values);
    const message = await services.mailer.send(
      tx,
      {
        orgId: auth.orgId,
        to: [person.email],
        candidateId: person.id,
        ...renderEmail({
          subject: fillTemplate(template.subject, values),
          heading: fillTemplate(template.subject, values),
          paragraphs: body.split(/\n{2,}/),
        }),
      },
      plan.sendAt ? { sendAt: plan.sendAt } : {},
    );
    events.push({
      orgId: auth.orgId,
      candidateId: person.id,
      applicationId: row.applicationId,
      jobId: job.id,
      type: 'email',
      actorUserId: auth.user.id,
      data: {
        messageId: message.id,
        subject: message.subject,
        template: plan.templateKey,
        sendAt: plan.sendAt?.toISOString() ?? null,
      },
    });
  }
  await recordEvents(tx, events);
}

export async function moveApplications(
  services: Services,
  auth: AuthContext,
  jobId: string,
  applicationIds: string[],
  toStage: string,
  email?: EmailPlan,
) {
  const { job, stages } = await loadJobContext(services, auth, jobId);
  const stage = stages.find((candidate) => candidate.key === toStage);
  if (!stage)
    throw new AppError('validation_failed', 'That stage does not exist in this job.', [
      { path: 'stage', message: 'Unknown stage.' },
    ]);
  return services.db.transaction(async (tx) => {
    const found = await getApplications(tx, auth.orgId, applicationIds);
    requireApplicationsOfJob(found, applicationIds, job.id);
    const moving = found.filter(
      (application) => application.stage !== toStage || application.status !== 'active',
    );
    const now = new Date();
    if (moving.length > 0) {
      await tx
        .update(applications)
        .set({
          stage: toStage,
          stageEnteredAt: now,
          status: stage.kind === 'hired' ? 'hired' : 'active',
          rejectionReason: null,
          closedAt: stage.kind === 'hired' ? now : null,
          updatedAt: now,
        })
        .where(
          and(
            eq(applications.orgId, auth.orgId),
            inArray(
              applications.id,
              moving.map((application) => application.id),
            ),
          ),
        );
      await recordEvents(
        tx,
        moving.map((application) => ({
          orgId: auth.orgId,
          candidateId: application.candidateId,
          applicationId: application.id,
          jobId: job.id,
          type: application.status === 'active' ? 'moved' : 'reopened',
          fromStage: application.stage,
          toStage,
          actorUserId: auth.user.id,
        })),
      );
      if (email) {
        const rows = moving.map((application) => ({
          applicationId: application.id,
          candidateId: application.candidateId,
        }));
        await emailApplicants(tx, services, auth, job, rows, email, stage);
      }
    }
    return { moved: moving.length };
  });
}

export async function rejectApplications(
  services: Services,
  auth: AuthContext,
  jobId: string,
  applicationIds: string[],
  reason: RejectionReason,
  email?: EmailPlan,
) {
  const { job } = await loadJobContext(services, auth, jobId);
  return services.db.transaction(async (tx) => {
    const found = await getApplications(tx, auth.orgId, applicationIds);
    requireApplicationsOfJob(found, applicationIds, job.id);
    const rejecting = found.filter((application) => application.status === 'active');
    const now = new Date();
    if (rejecting.length > 0) {
      await tx
        .update(applications)
        .set({ status: 'rejected', rejectionReason: reason, closedAt: now, updatedAt: now })
        .where(
          and(
            eq(applications.orgId, auth.orgId),
            inArray(
              applications.id,
              rejecting.map((application) => application.id),
            ),
          ),
        );
      await recordEvents(
        tx,
        rejecting.map((application) => ({
          orgId: auth.orgId,
          candidateId: application.candidateId,
          applicationId: application.id,
          jobId: job.id,
          type: 'rejected',
          fromStage: application.stage,
          actorUserId: auth.user.id,
          data: { reason },
        })),
      );
      if (email) {
        const rows = rejecting.map((application) => ({
          applicationId: application.id,
          candidateId: application.candidateId,
        }));
        await emailApplicants(tx, services, auth, job, rows, email);
      }
    }
    return { rejected: rejecting.length };
  });
}

export async function tagApplicants(
  services: Services,
  auth: AuthContext,
  jobId: string,
  applicationIds: string[],
  change: { add: string[]; remove: string[] },
) {
  const { job } = await loadJobContext(services, auth, jobId);
  return services.db.transaction(async (tx) => {
    const found = await getApplications(tx, auth.orgId, applicationIds);
    requireApplicationsOfJob(found, applicationIds, job.id);
    const candidateIds = [...new Set(found.map((application) => application.candidateId))];
    const people = await tx
      .select({ id: candidates.id, tags: candidates.tags })
      .from(candidates)
      .where(and(eq(candidates.orgId, auth.orgId), inArray(candidates.id, candidateIds)));
    for (const person of people) {
      const tags = [...new Set([...person.tags, ...change.add])]
        .filter((tag) => !change.remove.includes(tag))
        .sort();
      await tx.update(candidates).set({ tags, updatedAt: new Date() }).where(eq(candidates.id, person.id));
    }
    await recordEvents(
      tx,
      found.map((application) => ({
        orgId: auth.orgId,
        candidateId: application.candidateId,
        applicationId: application.id,
        jobId: job.id,
        type: 'tagged',
        actorUserId: auth.user.id,
        data: change,
      })),
    );
    return { tagged: people.length };
  });
}

export async function emailApplications(
  services: Services,
  auth: AuthContext,
  jobId: string,
  applicationIds: string[],
  email: EmailPlan,
) {
  const { job } = await loadJobContext(services, auth, jobId);
  return services.db.transaction(async (tx) => {
    const found = await getApplications(tx, auth.orgId, applicationIds);
    requireApplicationsOfJob(found, applicationIds, job.id);
    const rows = found.map((application) => ({
      applicationId: application.id,
      candidateId: application.candidateId,
    }));
    await emailApplicants(tx, services, auth, job, rows, email);
    return { emailed: rows.length };
  });
}

export type BoardFilters = {
  skill?: string | undefined;
  source?: string | undefined;
  tag?: string | undefined;
  minDaysInStage?: number | undefined;
  includeClosed?: boolean | undefined;
};

/** Every application of a job as a board card: small, so 2,000 of them load in one response. */
export async function jobBoard(services: Services, auth: AuthContext, jobId: string, filters: BoardFilters) {
  const { job, stages } = await loadJobContext(services, auth, jobId);
  const conditions = [eq(applications.orgId, auth.orgId), eq(applications.jobId, job.id)];
  if (!filters.includeClosed) conditions.push(eq(applications.status, 'active'));
  if (filters.source) conditions.push(eq(candidates.source, filters.source));
  if (filters.tag) conditions.push(sql`${candidates.tags} ? ${filters.tag}`);
  if (filters.skill) {
    conditions.push(
      sql`exists (select 1 from ${candidateSkills} where ${candidateSkills.candidateId} = ${candidates.id} and ${candidateSkills.skill} = ${filters.skill})`,
    );
  }
  const rows = await services.db
    .select({
      id: applications.id,
      candidateId: candidates.id,
      name: candidates.name,
      headline: candidates.headline,
      location: candidates.location,
      source: candidates.source,
      tags: candidates.tags,
      totalYears: candidates.totalYears,
      stage: applications.stage,
      status: applications.status,
      stageEnteredAt: applications.stageEnteredAt,
      createdAt: applications.createdAt,
      skills: sql<
        string[]
      >`coalesce((select json_agg(${candidateSkills.skill} order by ${candidateSkills.years} desc nulls last) from ${candidateSkills} where ${candidateSkills.candidateId} = ${candidates.id}), '[]')`,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(...conditions))
    .orderBy(applications.stageEnteredAt);
  const now = new Date();
  const cards = rows
    .map((row) => {
      const stage = stages.find((candidate) => candidate.key === row.stage);
      return {
        ...row,
        skills: (row.skills ?? []).slice(0, 5),
        daysInStage: daysInStage(row.stageEnteredAt, now),
        stalled: isStalled(row, stage, now),
      };
    })
    .filter((card) => filters.minDaysInStage === undefined || card.daysInStage >= filters.minDaysInStage);
  return { job, stages, cards };
}

export type StageEdit = {
  key?: string | undefined;
  name: string;
  kind: StageRow['kind'];
  targetDays: number | null;
};

/** Replaces a job's stages in the given order; a stage that still holds active candidates cannot be removed. */
export async function editStages(services: Services, auth: AuthContext, jobId: string, edits: StageEdit[]) {
  const { job, stages } = await loadJobContext(services, auth, jobId);
  if (edits[0]?.kind !== 'intake')
    throw invalidStages('The first stage must be where candidates arrive (intake).');
  if (edits.at(-1)?.kind !== 'hired' || edits.filter((stage) => stage.kind === 'hired').length !== 1) {
    throw invalidStages('The last stage, and only the last, must be Hired.');
  }
  const keys = edits.map((stage) => stage.key ?? stageKeyFromName(stage.name));
  if (new Set(keys).size !== keys.length) throw invalidStages('Two stages have the same name.');
  const removed = stages.filter((stage) => !keys.includes(stage.key));
  return services.db.transaction(async (tx) => {
    if (removed.length > 0) {
      const [occupied] = await tx
        .select({ value: sql<number>`count(*)::int` })
        .from(applications)
        .where(
          and(
            eq(applications.orgId, auth.orgId),
            eq(applications.jobId, job.id),
            eq(applications.status, 'active'),
            inArray(
              applications.stage,
              removed.map((stage) => stage.key),
            ),
          ),
        );
      if ((occupied?.value ?? 0) > 0) {
        throw conflict(
          `Move the ${occupied!.value} active candidate(s) out of ${removed.map((stage) => stage.name).join(', ')} before removing it.`,
        );
      }
      await tx.delete(jobStages).where(
        and(
          eq(jobStages.jobId, job.id),
          inArray(
            jobStages.key,
            removed.map((stage) => stage.key),
          ),
        ),
      );
    }
    // Positions are rewritten in two passes so the unique (job, key) rows never collide mid-way.
    for (const [position, edit] of edits.entries()) {
      const key = keys[position]!;
      await tx
        .insert(jobStages)
        .values({
          orgId: auth.orgId,
          jobId: job.id,
          key,
          name: edit.name,
          kind: edit.kind,
          targetDays: edit.targetDays,
          position,
        })
        .onConflictDoUpdate({
          target: [jobStages.jobId, jobStages.key],
          set: { name: edit.name, kind: edit.kind, targetDays: edit.targetDays, position },
        });
    }
    return listStages(tx, auth.orgId, job.id);
  });
}

const invalidStages = (message: string) =>
  new AppError('validation_failed', message, [{ path: 'stages', message }]);

export async function withdrawApplications(
  services: Services,
  auth: AuthContext,
  jobId: string,
  applicationIds: string[],
) {
  const { job } = await loadJobContext(services, auth, jobId);
  return services.db.transaction(async (tx) => {
    const found = await getApplications(tx, auth.orgId, applicationIds);
    requireApplicationsOfJob(found, applicationIds, job.id);
    const active = found.filter((application) => application.status === 'active');
    if (active.length === 0) return { withdrawn: 0 };
    const now = new Date();
    await tx
      .update(applications)
      .set({ status: 'withdrawn', closedAt: now, updatedAt: now })
      .where(
        and(
          eq(applications.orgId, auth.orgId),
          inArray(
            applications.id,
            active.map((application) => application.id),
          ),
        ),
      );
    await recordEvents(
      tx,
      active.map((application) => ({
        orgId: auth.orgId,
        candidateId: application.candidateId,
        applicationId: application.id,
        jobId: job.id,
        type: 'withdrawn',
        fromStage: application.stage,
        actorUserId: auth.user.id,
      })),
    );
    return { withdrawn: active.length };
  });
}
