import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { slugify } from '../accounts/accounts.service.ts';
import { organisations } from '../accounts/accounts.tables.ts';
import { ensureStages } from '../pipeline/pipeline.store.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import type { Services } from '../platform/services.ts';
import { adviseWithTaxonomy, isPublishable, skillName } from './advice.ts';
import type { Blueprint } from './blueprint.ts';
import { generatePostingMarkdown } from './job-posting.ts';
import * as store from './roles.store.ts';
import {
  type JobStatus,
  jobs,
  roleBlueprints,
  roleBlueprintVersions,
  type ScreeningQuestion,
} from './roles.tables.ts';

export async function requireBlueprint(db: Executor, orgId: string, id: string) {
  const blueprint = await store.getBlueprint(db, orgId, id);
  if (!blueprint) throw notFound('blueprint');
  return blueprint;
}

export async function requireJob(db: Executor, orgId: string, id: string) {
  const job = await store.getJob(db, orgId, id);
  if (!job) throw notFound('job');
  return job;
}

export async function createBlueprint(
  services: Services,
  auth: AuthContext,
  input: { blueprint: Blueprint; templateId?: string | null },
) {
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(roleBlueprints)
      .values({
        orgId: auth.orgId,
        title: input.blueprint.title,
        data: input.blueprint,
        templateId: input.templateId ?? null,
        createdBy: auth.user.id,
      })
      .returning();
    await tx.insert(roleBlueprintVersions).values({
      orgId: auth.orgId,
      blueprintId: row!.id,
      version: 1,
      data: input.blueprint,
      changedBy: auth.user.id,
    });
    return row!;
  });
}

/** Saves a new version. `expectedVersion` guards against two people overwriting each other's edits. */
export async function updateBlueprint(
  services: Services,
  auth: AuthContext,
  id: string,
  input: { blueprint: Blueprint; expectedVersion?: number | undefined },
) {
  return services.db.transaction(async (tx) => {
    const current = await requireBlueprint(tx, auth.orgId, id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
      throw conflict(
        `Someone saved this blueprint in the meantime (version ${current.version}). Reload it to see their changes.`,
      );
    }
    if (current.archivedAt) throw conflict('This blueprint is archived. Restore it before editing.');
    const version = current.version + 1;
    const [row] = await tx
      .update(roleBlueprints)
      .set({ title: input.blueprint.title, data: input.blueprint, version, updatedAt: new Date() })
      .where(and(eq(roleBlueprints.orgId, auth.orgId), eq(roleBlueprints.id, id)))
      .returning();
    await tx.insert(roleBlueprintVersions).values({
      orgId: auth.orgId,
      blueprintId: id,
      version,
      data: input.blueprint,
      changedBy: auth.user.id,
    });
    return row!;
  });
}

export async function duplicateBlueprint(services: Services, auth: AuthContext, id: string) {
  const source = await requireBlueprint(services.db, auth.orgId, id);
  return createBlueprint(services, auth, {
    blueprint: { ...source.data, title: `${source.data.title} (copy)`.slice(0, 120) },
    templateId: source.templateId,
  });
}

export async function setBlueprintArchived(
  services: Services,
  auth: AuthContext,
  id: string,
  archived: boolean,
) {
  await requireBlueprint(services.db, auth.orgId, id);
  const [row] = await services.db
    .update(roleBlueprints)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(roleBlueprints.orgId, auth.orgId), eq(roleBlueprints.id, id)))
    .returning();
  return row!;
}

export async function uniqueJobSlug(db: Executor, orgId: string, title: string) {
  const base = slugify(title);
  for (let suffix = 1; ; suffix++) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await store.jobSlugTaken(db, orgId, slug))) return slug;
  }
}

async function organisationName(db: Executor, orgId: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, orgId));
  return organisation?.name ?? 'Our team';
}

export async function createJobFromBlueprint(services: Services, auth: AuthContext, blueprintId: string) {
  const blueprint = await requireBlueprint(services.db, auth.orgId, blueprintId);
  const postingMarkdown = generatePostingMarkdown(blueprint.data, {
    organisationName: await organisationName(services.db, auth.orgId),
    skillName,
  });
  return services.db.transaction(async (tx) => {
    const [job] = await tx
      .insert(jobs)
      .values({
        orgId: auth.orgId,
        blueprintId: blueprint.id,
        blueprintVersion: blueprint.version,
        blueprint: blueprint.data,
        slug: await uniqueJobSlug(tx, auth.orgId, blueprint.data.title),
        title: blueprint.data.title,
        postingMarkdown,
        ownerId: auth.user.id,
      })
      .returning();
    await ensureStages(tx, auth.orgId, job!.id, blueprint.data.seniority);
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'job.created',
      targetType: 'job',
      targetId: job!.id,
      ip: auth.ip,
    });
    return job!;
  });
}

export type JobChange = {
  title?: string | undefined;
  postingMarkdown?: string | undefined;
  screeningQuestions?: ScreeningQuestion[] | undefined;
  validThrough?: string | null | undefined;
  ownerId?: string | null | undefined;
};

export async function updateJob(services: Services, auth: AuthContext, id: string, change: JobChange) {
  const job = await requireJob(services.db, auth.orgId, id);
  const [row] = await services.db
    .update(jobs)
    .set({
      title: change.title ?? job.title,
      postingMarkdown: change.postingMarkdown ?? job.postingMarkdown,
      postingEdited: change.postingMarkdown !== undefined ? true : job.postingEdited,
      screeningQuestions: change.screeningQuestions ?? job.screeningQuestions,
      validThrough: change.validThrough === undefined ? job.validThrough : change.validThrough,
      ownerId: change.ownerId === undefined ? job.ownerId : change.ownerId,
      updatedAt: new Date(),
    })
    .where(and(eq(jobs.orgId, auth.orgId), eq(jobs.id, id)))
    .returning();
  return row!;
}

/** Takes the blueprint's latest version into the job and, unless the text was edited by hand, regenerates it. */
export async function syncJobWithBlueprint(
  services: Services,
  auth: AuthContext,
  id: string,
  options: { regeneratePosting: boolean },
) {
  const job = await requireJob(services.db, auth.orgId, id);
  if (!job.blueprintId) throw conflict('This job has no blueprint to take changes from.');
  const blueprint = await requireBlueprint(services.db, auth.orgId, job.blueprintId);
  const postingMarkdown = options.regeneratePosting
    ? generatePostingMarkdown(blueprint.data, {
        organisationName: await organisationName(services.db, auth.orgId),
        skillName,
      })
    : job.postingMarkdown;
  const [row] = await services.db
    .update(jobs)
    .set({
      blueprint: blueprint.data,
      blueprintVersion: blueprint.version,
      title: blueprint.data.title,
      postingMarkdown,
      postingEdited: options.regeneratePosting ? false : job.postingEdited,
      updatedAt: new Date(),
    })
    .where(and(eq(jobs.orgId, auth.orgId), eq(jobs.id, id)))
    .returning();
  return row!;
}

const allowedTransitions: Record<JobStatus, JobStatus[]> = {
  draft: ['open', 'closed'],
  open: ['paused', 'closed'],
  paused: ['open', 'closed'],
  closed: ['open'],
};

export async function changeJobStatus(services: Services, auth: AuthContext, id: string, status: JobStatus) {
  const job = await requireJob(services.db, auth.orgId, id);
  if (job.status === status) return job;
  if (!allowedTransitions[job.status].includes(status)) {
    throw new AppError('unprocessable', `A ${job.status} job cannot become ${status}.`);
  }
  if (status === 'open') {
    const findings = adviseWithTaxonomy(job.blueprint, job.postingMarkdown);
    if (!isPublishable(findings)) {
      throw new AppError(
        'unprocessable',
        'Fix the advisor’s errors before publishing this job.',
        findings
          .filter((finding) => finding.severity === 'error')
          .map((finding) => ({ path: finding.path ?? finding.code, message: finding.message })),
      );
    }
  }
  const now = new Date();
  const [row] = await services.db
    .update(jobs)
    .set({
      status,
      openedAt: status === 'open' ? (job.openedAt ?? now) : job.openedAt,
      closedAt: status === 'closed' ? now : null,
      updatedAt: now,
    })
    .where(and(eq(jobs.orgId, auth.orgId), eq(jobs.id, id)))
    .returning();
  await recordAudit(services.db, {
    orgId: auth.orgId,
    actorUserId: auth.user.id,
    action: 'job.status_changed',
    targetType: 'job',
    targetId: id,
    data: { from: job.status, to: status },
    ip: auth.ip,
  });
  return row!;
}
