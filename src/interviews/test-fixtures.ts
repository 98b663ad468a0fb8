import { ApiClient, signUpOrganisation, uniqueEmail, uniqueIp } from '../../test/support/api-client.ts';
import type { createTestApp } from '../../test/support/test-services.ts';
import type { UserRole } from '../accounts/accounts.tables.ts';

type Env = Awaited<ReturnType<typeof createTestApp>>;
export type Member = { client: ApiClient; id: string; name: string; email: string };

/** Invites someone with `role` and accepts the invitation from the e-mail, as a new teammate would. */
export async function addMember(env: Env, admin: ApiClient, role: UserRole, name: string): Promise<Member> {
  const email = uniqueEmail(role);
  await admin.post('/api/v1/invites', { email, role });
  await env.services.queue.drain();
  const outbox = (await admin.get('/api/v1/outbox?limit=100')).body.items as { id: string; to: string[] }[];
  const message = outbox.find((item) => item.to.includes(email))!;
  const text = (await admin.get(`/api/v1/outbox/${message.id}`)).body.message.text as string;
  const token = new URL(/https?:\/\/\S+\/invite\?token=\S+/.exec(text)![0]).searchParams.get('token')!;
  const client = new ApiClient(env.app, { ip: uniqueIp() });
  const accepted = await client.post('/api/v1/invites/accept', {
    token,
    name,
    password: 'a long password 1',
  });
  if (accepted.status !== 201 && accepted.status !== 200) {
    throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  }
  return { client, id: accepted.body.user.id, name, email };
}

/**
 * An organisation with a hiring team (the hiring manager owns the job), an open job from the first
 * template and one candidate who applied to it.
 */
export async function hiringTeam(env: Env, label = 'Interview Co') {
  const signup = await signUpOrganisation(env.app, label);
  const admin = signup.client;
  const [hiringManager, recruiter, alice, bob, carol] = [
    await addMember(env, admin, 'hiring_manager', 'Hana Manager'),
    await addMember(env, admin, 'recruiter', 'Rita Recruiter'),
    await addMember(env, admin, 'interviewer', 'Alice Interviewer'),
    await addMember(env, admin, 'interviewer', 'Bob Interviewer'),
    await addMember(env, admin, 'interviewer', 'Carol Interviewer'),
  ];
  const templates = (await admin.get('/api/v1/role-templates')).body.items as {
    blueprint: { seniority: string };
  }[];
  const template = templates.find((entry) => entry.blueprint.seniority !== 'junior') ?? templates[0]!;
  const blueprint = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body
    .blueprint;
  const job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;
  await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'open' });
  await admin.patch(`/api/v1/jobs/${job.id}`, { ownerId: hiringManager!.id });
  const application = await addApplicant(admin, job.id, 'Dana Candidate');
  return {
    organisation: signup.organisation,
    admin: { client: admin, id: signup.user.id as string, name: 'Ada Admin', email: signup.email },
    hiringManager: hiringManager!,
    recruiter: recruiter!,
    alice: alice!,
    bob: bob!,
    carol: carol!,
    job: job as { id: string; title: string },
    application,
  };
}

export async function addApplicant(admin: ApiClient, jobId: string, name: string, timeZone?: string) {
  const created = await admin.post('/api/v1/candidates', {
    jobId,
    candidate: {
      name,
      emails: [uniqueEmail('candidate')],
      source: 'sourced',
      consent: true,
      headline: 'Backend engineer',
      ...(timeZone ? { timeZone } : {}),
      skills: [{ skill: 'postgresql', years: 4 }],
    },
  });
  if (created.status !== 201) throw new Error(`candidate: ${JSON.stringify(created.body)}`);
  const applications = (await admin.get(`/api/v1/jobs/${jobId}/applications`)).body.items as {
    id: string;
    candidate: { id: string; name: string; email: string };
  }[];
  const application = applications.find((item) => item.candidate.id === created.body.candidate.id)!;
  return { id: application.id, candidateId: application.candidate.id, email: application.candidate.email };
}

const HOUR = 3_600_000;
/** A whole hour `hours` from now, so interviews line up predictably. */
export function hoursFromNow(hours: number): string {
  return new Date(Math.floor(Date.now() / HOUR) * HOUR + hours * HOUR).toISOString();
}
