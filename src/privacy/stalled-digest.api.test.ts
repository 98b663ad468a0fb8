import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/support/test-services.ts';
import { createOrganisationWithAdmin } from '../accounts/accounts.service.ts';
import { users } from '../accounts/accounts.tables.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import { backgroundJobs } from '../platform/jobs/jobs.tables.ts';
import { outboxMessages } from '../platform/mail/outbox.tables.ts';
import type { Services } from '../platform/services.ts';
import { STALLED_DIGEST_JOB, stalledDigestJob } from './stalled-digest.ts';
import { addApplication, createJob } from './test-fixtures.ts';

let services: Services & { close(): Promise<void> };
const DAY = 86_400_000;
const jobIds: Record<string, string> = {};
const owners: Record<string, { id: string; email: string }> = {};

async function teammate(orgId: string, key: string, role: 'recruiter' | 'hiring_manager', active = true) {
  const email = `${key}@owners.example.com`;
  const [user] = await services.db
    .insert(users)
    .values({ orgId, email, name: `${key} Owner`, role, passwordHash: 'not-used', active })
    .returning();
  owners[key] = { id: user!.id, email };
  return user!.id;
}

async function applicant(orgId: string, jobId: string, name: string, stage: string, days: number) {
  const [row] = await services.db
    .insert(candidates)
    .values({
      orgId,
      name,
      links: { github: null, linkedin: null, stackoverflow: null, website: null },
      source: 'manual',
    })
    .returning();
  await addApplication(services.db, {
    orgId,
    candidateId: row!.id,
    jobId,
    stage,
    stageEnteredAt: new Date(Date.now() - days * DAY),
  });
}

const runDigest = async () => {
  const job = await services.queue.enqueue(services.db, stalledDigestJob(services), {});
  await services.queue.drain();
  const [done] = await services.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, job.id));
  return done!;
};

beforeAll(async () => {
  services = await createTestServices();
  services.queue.register(stalledDigestJob(services));
  const first = await createOrganisationWithAdmin(services.db, {
    organisationName: 'Digest Works',
    name: 'Dana Owner',
    email: 'dana@owners.example.com',
    password: 'a long test password',
  });
  const orgId = first.organisation.id;
  owners.dana = { id: first.user.id, email: first.user.email };
  const job = async (key: string, ownerId: string | null, status: 'open' | 'paused' = 'open') => {
    const created = await createJob(services.db, orgId, { ownerId, status, title: `Job ${key}` });
    jobIds[key] = created.id;
    return created.id;
  };

  const platform = await job('platform', owners.dana.id);
  await applicant(orgId, platform, 'Stalled Sam', 'applied', 10); // target 3
  await applicant(orgId, platform, 'Fresh Fiona', 'applied', 1);
  const data = await job('data', owners.dana.id);
  await applicant(orgId, data, 'Waiting Wanda', 'screen', 9); // target 5
  const paused = await job('paused', owners.dana.id, 'paused');
  await applicant(orgId, paused, 'Paused Paula', 'screen', 30);

  const calm = await job('calm', await teammate(orgId, 'ben', 'recruiter'));
  await applicant(orgId, calm, 'Fresh Fred', 'screen', 2);
  const gone = await job('gone', await teammate(orgId, 'cleo', 'hiring_manager', false));
  await applicant(orgId, gone, 'Ignored Ivan', 'screen', 30);
  const orphan = await job('orphan', null);
  await applicant(orgId, orphan, 'Orphan Olga', 'screen', 30);

  const second = await createOrganisationWithAdmin(services.db, {
    organisationName: 'Other Digest Org',
    name: 'Otto Owner',
    email: 'otto@owners.example.com',
    password: 'a long test password',
  });
  owners.otto = { id: second.user.id, email: second.user.email };
  const elsewhere = await createJob(services.db, second.organisation.id, { ownerId: second.user.id });
  jobIds.elsewhere = elsewhere.id;
  await applicant(second.organisation.id, elsewhere.id, 'Other Org Oscar', 'practical', 12); // target 7
});
afterAll(() => services.close());

describe('stalled-candidate digest', () => {
  it('e-mails each owner of open jobs one digest of their own stalled candidates', async () => {
    const run = await runDigest();
    expect(run).toMatchObject({
      type: STALLED_DIGEST_JOB,
      status: 'succeeded',
      result: { emails: 2, stalled: 3 },
    });

    const messages = await services.db.select().from(outboxMessages);
    expect(messages.map((message) => message.to).sort()).toEqual([
      [owners.dana!.email],
      [owners.otto!.email],
    ]);
    expect(messages.every((message) => message.status === 'stored' && message.candidateId === null)).toBe(
      true,
    );

    const dana = messages.find((message) => message.to[0] === owners.dana!.email)!;
    expect(dana.subject).toBe('2 candidates are waiting on you');
    expect(dana.text).toContain('• Stalled Sam — Applied / Sourced: 10 days waiting (target 3 days)');
    expect(dana.text).toContain('• Waiting Wanda — Screen: 9 days waiting (target 5 days)');
    expect(dana.text).toContain(`http://hirebench.test/roles/jobs/${jobIds.platform}/board`);
    expect(dana.text).toContain(`http://hirebench.test/roles/jobs/${jobIds.data}/board`);
    for (const absent of [
      'Fresh Fiona',
      'Paused Paula',
      'Fresh Fred',
      'Ignored Ivan',
      'Orphan Olga',
      'Oscar',
    ]) {
      expect(dana.text).not.toContain(absent);
    }

    const otto = messages.find((message) => message.to[0] === owners.otto!.email)!;
    expect(otto.text).toContain('• Other Org Oscar — Practical exercise: 12 days waiting (target 7 days)');
    expect(otto.text).toContain(`http://hirebench.test/roles/jobs/${jobIds.elsewhere}/board`);
    expect(otto.text).not.toContain('Sam');
    expect(otto.orgId).not.toBe(dana.orgId);
  });

  it('sends nothing when nothing is stalled', async () => {
    await services.db.update(applications).set({ stageEnteredAt: new Date() });
    const before = (await services.db.select().from(outboxMessages)).length;
    const run = await runDigest();
    expect(run.result).toMatchObject({ emails: 0, stalled: 0 });
    expect(await services.db.select().from(outboxMessages)).toHaveLength(before);
  });
});
