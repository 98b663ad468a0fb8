import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../accounts/accounts.tables.ts';
import { applications, candidates, jobStages } from '../candidates/candidates.tables.ts';
import { daysInStage, defaultStages, isStalled } from '../pipeline/stages.ts';
import { defineJob } from '../platform/jobs/queue.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import type { Services } from '../platform/services.ts';
import { jobs } from '../roles/roles.tables.ts';

/**
 * Keeping things moving: every morning each job owner gets one e-mail listing the candidates who have waited
 * in a stage longer than its target, across their open jobs. Nothing stalled, no e-mail.
 */

export type DigestStage = { key: string; name: string; targetDays: number | null };
export type DigestApplication = {
  candidateName: string;
  stage: string;
  status: string;
  stageEnteredAt: Date;
};
export type DigestJob = {
  id: string;
  title: string;
  stages: DigestStage[];
  applications: DigestApplication[];
};
export type StalledCandidate = {
  candidateName: string;
  stageName: string;
  daysWaiting: number;
  targetDays: number;
};
export type StalledDigest = {
  subject: string;
  text: string;
  html: string;
  jobs: { id: string; title: string; boardUrl: string; stalled: StalledCandidate[] }[];
  stalledCount: number;
};

/** Candidates listed per job; the rest are counted, the board shows them all. */
export const DIGEST_LIMIT_PER_JOB = 25;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * The digest for one owner: the stalled candidates of each of their jobs, most overdue first, with a link
 * to each board. Null when nothing is stalled. Pure.
 */
export function buildStalledDigest(input: {
  owner: { name: string };
  jobs: DigestJob[];
  publicUrl: string;
  now: Date;
}): StalledDigest | null {
  const digestJobs = input.jobs
    .map((job) => {
      const stalled = job.applications
        .flatMap((application) => {
          const stage = job.stages.find((candidate) => candidate.key === application.stage);
          if (!stage?.targetDays || !isStalled(application, stage, input.now)) return [];
          return [
            {
              candidateName: application.candidateName,
              stageName: stage.name,
              daysWaiting: daysInStage(application.stageEnteredAt, input.now),
              targetDays: stage.targetDays,
            },
          ];
        })
        .sort(
          (left, right) =>
            right.daysWaiting - right.targetDays - (left.daysWaiting - left.targetDays) ||
            left.candidateName.localeCompare(right.candidateName),
        );
      return {
        id: job.id,
        title: job.title,
        boardUrl: `${input.publicUrl.replace(/\/+$/, '')}/roles/jobs/${job.id}/board`,
        stalled,
      };
    })
    .filter((job) => job.stalled.length > 0)
    .sort((left, right) => left.title.localeCompare(right.title));
  const stalledCount = digestJobs.reduce((sum, job) => sum + job.stalled.length, 0);
  if (stalledCount === 0) return null;

  const paragraphs = [
    `Hi ${firstName(input.owner.name)}, ${plural(stalledCount, 'candidate has', 'candidates have')} waited longer than the stage target in ${digestJobs.length === 1 ? 'your job' : `${digestJobs.length} of your jobs`}. A quick decision — next stage or a kind no — keeps good people from accepting elsewhere.`,
  ];
  for (const job of digestJobs) {
    paragraphs.push(
      `${job.title} — ${plural(job.stalled.length, 'stalled candidate', 'stalled candidates')}`,
    );
    for (const candidate of job.stalled.slice(0, DIGEST_LIMIT_PER_JOB)) {
      paragraphs.push(
        `• ${candidate.candidateName} — ${candidate.stageName}: ${plural(candidate.daysWaiting, 'day', 'days')} waiting (target ${plural(candidate.targetDays, 'day', 'days')})`,
      );
    }
    if (job.stalled.length > DIGEST_LIMIT_PER_JOB) {
      paragraphs.push(`…and ${job.stalled.length - DIGEST_LIMIT_PER_JOB} more.`);
    }
    paragraphs.push(`Open the board: ${job.boardUrl}`);
  }
  const [onlyJob] = digestJobs;
  const email = renderEmail({
    subject: `${plural(stalledCount, 'candidate is', 'candidates are')} waiting on you`,
    heading: 'Candidates waiting longer than planned',
    paragraphs,
    ...(digestJobs.length === 1 && onlyJob
      ? { action: { label: 'Open the board', url: onlyJob.boardUrl } }
      : {}),
    footer:
      'You get this daily digest because you own these open jobs. When nobody is stalled, it stays away.',
  });
  return { ...email, jobs: digestJobs, stalledCount };
}

/** Sends today's digests: one e-mail per owner of open jobs with stalled candidates. */
export async function sendStalledDigests(
  services: Pick<Services, 'db' | 'mailer' | 'config'>,
  now = new Date(),
): Promise<{ owners: number; emails: number; stalled: number }> {
  const openJobs = await services.db
    .select({
      id: jobs.id,
      orgId: jobs.orgId,
      title: jobs.title,
      blueprint: jobs.blueprint,
      ownerId: users.id,
      ownerName: users.name,
      ownerEmail: users.email,
    })
    .from(jobs)
    .innerJoin(users, and(eq(users.id, jobs.ownerId), eq(users.orgId, jobs.orgId)))
    .where(and(eq(jobs.status, 'open'), isNotNull(jobs.ownerId), eq(users.active, true)));
  if (openJobs.length === 0) return { owners: 0, emails: 0, stalled: 0 };
  const jobIds = openJobs.map((job) => job.id);
  const stageRows = await services.db
    .select({
      jobId: jobStages.jobId,
      key: jobStages.key,
      name: jobStages.name,
      targetDays: jobStages.targetDays,
    })
    .from(jobStages)
    .where(inArray(jobStages.jobId, jobIds));
  const applicationRows = await services.db
    .select({
      jobId: applications.jobId,
      candidateName: candidates.name,
      stage: applications.stage,
      status: applications.status,
      stageEnteredAt: applications.stageEnteredAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(
        inArray(applications.jobId, jobIds),
        eq(applications.status, 'active'),
        isNull(candidates.anonymisedAt),
      ),
    );

  const byOwner = new Map<string, { orgId: string; name: string; email: string; jobs: DigestJob[] }>();
  for (const job of openJobs) {
    const stages = stageRows.filter((stage) => stage.jobId === job.id);
    const owner = byOwner.get(job.ownerId) ?? {
      orgId: job.orgId,
      name: job.ownerName,
      email: job.ownerEmail,
      jobs: [],
    };
    owner.jobs.push({
      id: job.id,
      title: job.title,
      stages: stages.length ? stages : defaultStages(job.blueprint.seniority),
      applications: applicationRows.filter((application) => application.jobId === job.id),
    });
    byOwner.set(job.ownerId, owner);
  }

  const digests = [...byOwner.values()].flatMap((owner) => {
    const digest = buildStalledDigest({
      owner,
      jobs: owner.jobs,
      publicUrl: services.config.PUBLIC_URL,
      now,
    });
    return digest ? [{ owner, digest }] : [];
  });
  // One transaction: a failed run sends nothing, so its retry does not send anyone a second copy.
  await services.db.transaction(async (tx) => {
    for (const { owner, digest } of digests) {
      await services.mailer.send(tx, {
        orgId: owner.orgId,
        to: [owner.email],
        subject: digest.subject,
        text: digest.text,
        html: digest.html,
      });
    }
  });
  return {
    owners: byOwner.size,
    emails: digests.length,
    stalled: digests.reduce((sum, { digest }) => sum + digest.stalledCount, 0),
  };
}

export const STALLED_DIGEST_JOB = 'pipeline.stalled-digest';

export function stalledDigestJob(services: Pick<Services, 'db' | 'mailer' | 'config'>) {
  return defineJob({
    type: STALLED_DIGEST_JOB,
    payload: z.object({}),
    maxAttempts: 3,
    run: () => sendStalledDigests(services),
  });
}
