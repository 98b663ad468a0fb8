import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signUpOrganisation, uniqueEmail, uniqueIp } from '../../test/support/api-client.ts';
import { makePdf } from '../../test/support/documents.ts';
import { users } from '../accounts/accounts.tables.ts';
import { submitCareersApplication } from '../candidates/applications.service.ts';
import { candidateInputSchema } from '../candidates/candidate-input.ts';
import { createCandidate, mergeCandidates } from '../candidates/candidates.service.ts';
import {
  applications,
  candidateEvents,
  candidateNotes,
  candidateSkills,
  candidates,
} from '../candidates/candidates.tables.ts';
import {
  hiringDecisions,
  interviews,
  referenceRequests,
  scorecardRevisions,
  scorecards,
} from '../interviews/interviews.tables.ts';
import { rejectApplications } from '../pipeline/pipeline.service.ts';
import { auditEvents } from '../platform/audit/audit.tables.ts';
import { saveFile } from '../platform/files/file-store.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import { backgroundJobs } from '../platform/jobs/jobs.tables.ts';
import { outboxMessages } from '../platform/mail/outbox.tables.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import { hashPassword } from '../platform/security/secrets.ts';
import type { JobRow } from '../roles/roles.store.ts';
import { ERASED_NAME, erasedImportKey } from './erase.ts';
import { sendStalledDigests } from './stalled-digest.ts';
import {
  authAs,
  createJob,
  createPrivacyTestApp,
  findPersonalData,
  type PrivacyTestEnv,
} from './test-fixtures.ts';

let env: PrivacyTestEnv;
let admin: ApiClient;
let adminId: string;
let orgId: string;
let interviewer: ApiClient;
let outsider: ApiClient;

const person = {
  name: 'Philippa Quenby-Ardmore',
  email: 'philippa.qa@example.org',
  oldName: 'P. Quenby-Ardmore',
  oldEmail: 'philippa.old@example.net',
  phone: '+44 7700 900123',
  phoneE164: '+447700900123',
  oldPhoneE164: '+447700900456',
  github: 'pquenbyardmore',
  resumeMarker: 'ZephyrQuill',
};
const control = { name: 'Ignatius Control-Person', email: 'ignatius.control@example.com' };

let resumePdf: Buffer;
let candidateId: string;
let controlId: string;
let mergedId: string;
let job: JobRow;
let otherJob: JobRow;

async function signIn(role: 'interviewer' | 'recruiter') {
  const email = uniqueEmail(role);
  await env.services.db.insert(users).values({
    orgId,
    email,
    name: `Test ${role}`,
    role,
    passwordHash: await hashPassword('a long test password'),
  });
  const client = new ApiClient(env.app, { ip: uniqueIp() });
  const login = await client.post('/api/v1/auth/login', { email, password: 'a long test password' });
  expect(login.status).toBe(200);
  return client;
}

/** A candidate with data in every place personal data can end up in. */
async function seedPerson() {
  const { db } = env.services;
  const auth = await authAs(db, adminId);
  job = await createJob(db, orgId, { ownerId: adminId, title: 'Senior Platform Engineer' });
  otherJob = await createJob(db, orgId, { ownerId: adminId, title: 'Staff Data Engineer' });
  resumePdf = await makePdf([person.name, person.email, person.phone, `${person.resumeMarker} Rust and Go`]);

  const created = await db.transaction((tx) =>
    createCandidate(
      tx,
      orgId,
      candidateInputSchema.parse({
        name: person.name,
        emails: [person.email],
        phones: [person.phone],
        location: 'Llanfairpwllgwyngyll, Wales',
        timeZone: 'Europe/London',
        headline: 'Platform engineer who loves Quenby-style pipelines',
        links: { github: person.github, website: 'https://quenby-ardmore.example.org' },
        skills: [
          { skill: 'Rust', years: 4 },
          { skill: 'PostgreSQL', years: 6 },
        ],
        experience: [{ company: 'Ardmore Widgets', title: 'Engineer', start: '2018-01', end: null }],
        education: [{ school: 'Quenby College', degree: 'BSc', end: '2017' }],
        salaryExpectation: { amount: 98_765, currency: 'GBP', period: 'year' },
        availableFrom: '2026-09-01',
        noticePeriodWeeks: 8,
        source: 'referral',
        sourceDetail: 'Referred by her former colleague',
        tags: ['quenby-referral'],
        consent: true,
      }),
      { actorUserId: adminId, resumeText: `${person.name}\n${person.resumeMarker} résumé text` },
    ),
  );
  candidateId = created.candidate.id;
  // As a CSV import would have keyed her.
  await db
    .update(candidates)
    .set({ importKey: `email:${person.email}` })
    .where(eq(candidates.id, candidateId));

  // The careers page: same e-mail, so the same candidate; résumé, screening answers, consent.
  await submitCareersApplication(env.services, job, {
    name: person.name,
    email: person.email,
    phone: person.phone,
    location: 'Wales',
    links: { github: person.github, linkedin: null, stackoverflow: null, website: null },
    answers: [{ questionId: 'q1', question: 'Why us?', answer: `I am ${person.name}, call ${person.phone}` }],
    consentText: 'Store and process my application data to consider me for this and similar positions.',
    resume: {
      filename: 'Philippa Quenby-Ardmore CV.pdf',
      contentType: 'application/pdf',
      content: resumePdf,
    },
  });
  // The same bytes uploaded again for review and never claimed.
  await saveFile(db, {
    orgId,
    ownerType: 'upload',
    ownerId: adminId,
    purpose: 'resume',
    filename: 'cv-again.pdf',
    contentType: 'application/pdf',
    content: resumePdf,
  });

  // An older duplicate record, merged in: the merge event remembers the other name.
  const old = await db.transaction((tx) =>
    createCandidate(
      tx,
      orgId,
      candidateInputSchema.parse({
        name: person.oldName,
        emails: [person.oldEmail],
        phones: [person.oldPhoneE164],
        source: 'sourced',
      }),
      { actorUserId: adminId },
    ),
  );
  mergedId = old.candidate.id;
  await db.transaction((tx) => mergeCandidates(tx, orgId, candidateId, mergedId, adminId));

  // A second application, rejected with a delayed e-mail (still queued when she asks to be erased).
  const [second] = await db
    .insert(applications)
    .values({ orgId, candidateId, jobId: otherJob.id, stage: 'screen', source: 'referral' })
    .returning();
  await rejectApplications(env.services, auth, otherJob.id, [second!.id], 'skills_gap', {
    templateKey: 'rejection',
    sendAt: new Date(Date.now() + 86_400_000),
  });

  // A note mentioning a teammate, and the e-mail telling them (it names her).
  await db.transaction(async (tx) => {
    await tx.insert(candidateNotes).values({
      orgId,
      candidateId,
      authorId: adminId,
      body: `Spoke to ${person.name} on ${person.phone}; strong on Rust.`,
      mentions: [adminId],
    });
    await env.services.mailer.send(tx, {
      orgId,
      to: ['teammate@example.com'],
      ...renderEmail({
        subject: `Ada Admin mentioned you on ${person.name}`,
        heading: 'Ada Admin mentioned you',
        paragraphs: [`On the profile of ${person.name}:`, 'Strong on Rust.'],
      }),
    });
  });

  // An interview: scorecard evidence (and an earlier version of it), a referee's answers, a decision's rationale.
  const [application] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.candidateId, candidateId), eq(applications.jobId, job.id)));
  const [interview] = await db
    .insert(interviews)
    .values({
      orgId,
      applicationId: application!.id,
      candidateId,
      jobId: job.id,
      planKey: 'screen',
      kind: 'screen',
      title: 'Screening call',
      startsAt: new Date(Date.now() - 7_200_000),
      endsAt: new Date(Date.now() - 5_400_000),
      timeZone: 'Europe/London',
      createdBy: adminId,
    })
    .returning();
  const evidence = {
    ratings: { communication: 3 as const },
    notes: { communication: `${person.name} explained the billing rewrite clearly.` },
    redFlags: [],
    recommendation: 'yes' as const,
    summary: `Hire ${person.name}.`,
  };
  const [card] = await db
    .insert(scorecards)
    .values({
      orgId,
      interviewId: interview!.id,
      applicationId: application!.id,
      authorId: adminId,
      data: evidence,
      recommendation: 'yes',
      submittedAt: new Date(),
      revision: 1,
    })
    .returning();
  await db.insert(scorecardRevisions).values({
    orgId,
    scorecardId: card!.id,
    revision: 0,
    data: { ...evidence, summary: `Call ${person.phone} about references.` },
    submittedAt: new Date(),
  });
  await db.insert(referenceRequests).values({
    orgId,
    candidateId,
    refereeName: 'Rhodri Referee',
    refereeEmail: 'rhodri@example.net',
    relationship: `Managed ${person.name} for two years`,
    tokenHash: 'not-a-real-token-hash',
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await db.insert(hiringDecisions).values({
    orgId,
    applicationId: application!.id,
    decision: 'hire',
    rationale: `${person.name} had the strongest evidence.`,
    decidedBy: adminId,
  });

  // The owner's digest lists her as stalled.
  await db
    .update(applications)
    .set({ stageEnteredAt: new Date(Date.now() - 20 * 86_400_000) })
    .where(and(eq(applications.candidateId, candidateId), eq(applications.jobId, job.id)));
  expect((await sendStalledDigests(env.services)).emails).toBe(1);
  await env.services.queue.drain();
}

async function seedControl() {
  const { db } = env.services;
  const created = await db.transaction((tx) =>
    createCandidate(
      tx,
      orgId,
      candidateInputSchema.parse({ name: control.name, emails: [control.email], source: 'manual' }),
      { actorUserId: adminId },
    ),
  );
  controlId = created.candidate.id;
  await db
    .insert(candidateNotes)
    .values({ orgId, candidateId: controlId, authorId: adminId, body: `${control.name} is great.` });
  await saveFile(db, {
    orgId,
    ownerType: 'candidate',
    ownerId: controlId,
    purpose: 'resume',
    filename: 'control.pdf',
    contentType: 'application/pdf',
    content: await makePdf([control.name]),
  });
}

beforeAll(async () => {
  env = await createPrivacyTestApp();
  const signup = await signUpOrganisation(env.app, 'Privacy Works');
  admin = signup.client;
  adminId = signup.user.id;
  orgId = signup.organisation.id;
  outsider = (await signUpOrganisation(env.app, 'Someone Else Ltd')).client;
  interviewer = await signIn('interviewer');
  await seedControl();
  await seedPerson();
});
afterAll(() => env.close());

const needles = () => [
  person.name,
  'Quenby',
  'Philippa',
  person.oldName,
  person.email,
  person.oldEmail,
  person.phoneE164,
  person.phone,
  person.oldPhoneE164,
  person.github,
  person.resumeMarker,
  createHash('sha256').update(resumePdf).digest('hex'),
];

describe('candidate data export', () => {
  it('answers a ZIP with candidate.json holding everything about them, and their files', async () => {
    const response = await admin.raw('GET', `/api/v1/candidates/${candidateId}/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="candidate-philippa-quenby-ardmore-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');

    const entries = unzipSync(new Uint8Array(response.rawPayload));
    expect(Object.keys(entries).sort()).toEqual([
      'README.txt',
      'candidate.json',
      'files/1-Philippa_Quenby-Ardmore_CV.pdf',
    ]);
    expect(Buffer.from(entries['files/1-Philippa_Quenby-Ardmore_CV.pdf']!).equals(resumePdf)).toBe(true);

    const document = JSON.parse(strFromU8(entries['candidate.json']!));
    expect(document).toMatchObject({
      format: 'hirebench.candidate-export/1',
      organisation: 'Privacy Works',
      candidate: {
        id: candidateId,
        name: person.name,
        emails: [person.email, person.oldEmail],
        phones: [person.phoneE164, person.oldPhoneE164],
        links: { github: person.github },
        salaryExpectation: { amount: 98_765, currency: 'GBP', period: 'year' },
        resumeText: expect.stringContaining(person.resumeMarker),
      },
      consent: {
        consentAt: expect.any(String),
        consentText: expect.stringContaining('Store and process my application data'),
      },
      files: [
        {
          path: 'files/1-Philippa_Quenby-Ardmore_CV.pdf',
          filename: 'Philippa Quenby-Ardmore CV.pdf',
          contentType: 'application/pdf',
          sizeBytes: resumePdf.length,
        },
      ],
      mergedRecords: [{ id: mergedId, name: person.oldName, emails: [person.oldEmail] }],
    });
    expect(document.skills.map((skill: { skill: string }) => skill.skill).sort()).toEqual([
      'postgresql',
      'rust',
    ]);

    const byJob = Object.fromEntries(
      document.applications.map((application: { jobTitle: string }) => [application.jobTitle, application]),
    );
    expect(byJob['Senior Platform Engineer']).toMatchObject({
      status: 'active',
      stage: 'applied',
      stageName: 'Applied / Sourced',
      answers: [{ question: 'Why us?', answer: expect.stringContaining(person.name) }],
      stageHistory: [{ type: 'applied', toStage: 'applied', toStageName: 'Applied / Sourced' }],
    });
    expect(byJob['Staff Data Engineer']).toMatchObject({
      status: 'rejected',
      rejectionReason: 'skills_gap',
      rejectionReasonLabel: 'Missing must-have skills',
      stageHistory: expect.arrayContaining([
        expect.objectContaining({ type: 'rejected', fromStage: 'screen', by: 'Ada Admin' }),
        expect.objectContaining({ type: 'email', by: 'Ada Admin' }),
      ]),
    });
    expect(document.events.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(['created', 'applied', 'merged', 'rejected', 'email']),
    );
    expect(document.notes).toEqual([
      expect.objectContaining({ body: expect.stringContaining('strong on Rust'), by: 'Ada Admin' }),
    ]);
    expect(document.emails).toEqual([
      expect.objectContaining({ to: [person.email], subject: 'Your application for Staff Data Engineer' }),
    ]);
    // Nothing of the other candidate.
    expect(strFromU8(entries['candidate.json']!)).not.toContain(control.name);
  });

  it('is for admins and recruiters, and only in their own organisation', async () => {
    expect((await interviewer.get(`/api/v1/candidates/${candidateId}/export`)).status).toBe(403);
    const foreign = await outsider.get(`/api/v1/candidates/${candidateId}/export`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('not_found');
    expect((await admin.get(`/api/v1/candidates/${crypto.randomUUID()}/export`)).status).toBe(404);
    const audit = await env.services.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'candidate.exported'), eq(auditEvents.targetId, candidateId)));
    expect(audit).toHaveLength(1);
  });
});

describe('candidate erasure', () => {
  it('refuses without the exact name, for the wrong role, and across organisations — changing nothing', async () => {
    const wrong = await admin.post(`/api/v1/candidates/${candidateId}/erase`, { confirm: 'Philippa' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([
      { path: 'confirm', message: expect.stringContaining('full name') },
    ]);
    expect((await admin.post(`/api/v1/candidates/${candidateId}/erase`, {})).status).toBe(400);
    expect(
      (await interviewer.post(`/api/v1/candidates/${candidateId}/erase`, { confirm: person.name })).status,
    ).toBe(403);
    expect(
      (await outsider.post(`/api/v1/candidates/${candidateId}/erase`, { confirm: person.name })).status,
    ).toBe(404);
    const [row] = await env.services.db.select().from(candidates).where(eq(candidates.id, candidateId));
    expect(row).toMatchObject({ name: person.name, anonymisedAt: null });
    expect((await findPersonalData(env.services.db, [person.email])).length).toBeGreaterThan(0);
  });

  it('leaves no trace of the person in any table or file, and keeps the pipeline history', async () => {
    const { db } = env.services;
    const stageEvents = async () =>
      (
        await db
          .select()
          .from(candidateEvents)
          .where(eq(candidateEvents.candidateId, candidateId))
          .orderBy(asc(candidateEvents.createdAt), asc(candidateEvents.id))
      ).map((event) => ({
        id: event.id,
        type: event.type,
        jobId: event.jobId,
        applicationId: event.applicationId,
        fromStage: event.fromStage,
        toStage: event.toStage,
        createdAt: event.createdAt,
      }));
    const eventsBefore = await stageEvents();
    // Everything is there before: the scan would find her.
    const before = await findPersonalData(db, needles(), [resumePdf]);
    for (const table of [
      'candidates',
      'candidate_notes',
      'outbox_messages',
      'applications',
      'stored_files',
      'scorecards',
      'scorecard_revisions',
      'reference_requests',
      'hiring_decisions',
    ]) {
      expect(before.map((hit) => hit.table)).toContain(table);
    }

    const erased = await admin.post(`/api/v1/candidates/${candidateId}/erase`, {
      confirm: ` ${person.name} `,
    });
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toMatchObject({
      candidateId,
      mergedRecords: 1,
      files: 2, // her résumé and the unclaimed copy of it
      notes: 1,
      skills: 2,
      messages: 3, // the rejection to her, the mention and the digest naming her
      withdrawnApplications: 1,
    });

    expect(await findPersonalData(db, needles(), [resumePdf])).toEqual([]);

    const [row] = await db.select().from(candidates).where(eq(candidates.id, candidateId));
    expect(row).toMatchObject({
      name: ERASED_NAME,
      email: null,
      phone: null,
      emails: [],
      phones: [],
      location: null,
      headline: null,
      resumeText: null,
      experience: [],
      education: [],
      salaryExpectation: null,
      tags: [],
      searchDocument: '',
      links: { github: null, linkedin: null, stackoverflow: null, website: null },
      anonymisedAt: expect.any(Date),
      // An importer can still tell that this person was erased, without the address being kept.
      importKey: erasedImportKey(orgId, `email:${person.email}`),
    });
    const [merged] = await db.select().from(candidates).where(eq(candidates.id, mergedId));
    expect(merged).toMatchObject({ name: ERASED_NAME, emails: [], anonymisedAt: expect.any(Date) });
    expect(
      await db.select().from(candidateSkills).where(eq(candidateSkills.candidateId, candidateId)),
    ).toEqual([]);

    // The pipeline figures survive: applications with job, stage, status, and every stage event unchanged.
    const kept = await db
      .select()
      .from(applications)
      .where(eq(applications.candidateId, candidateId))
      .orderBy(asc(applications.createdAt));
    expect(kept.map((application) => [application.jobId, application.stage, application.status])).toEqual([
      [job.id, 'applied', 'withdrawn'],
      [otherJob.id, 'screen', 'rejected'],
    ]);
    expect(kept.every((application) => application.answers.length === 0)).toBe(true);
    const eventsAfter = await stageEvents();
    expect(eventsAfter.filter((event) => eventsBefore.some((old) => old.id === event.id))).toEqual(
      eventsBefore,
    );
    expect(
      eventsAfter
        .filter((event) => !eventsBefore.some((old) => old.id === event.id))
        .map((event) => event.type)
        .sort(),
    ).toEqual(['erased', 'withdrawn']);
    const rejected = await db
      .select()
      .from(candidateEvents)
      .where(and(eq(candidateEvents.candidateId, candidateId), eq(candidateEvents.type, 'rejected')));
    expect(rejected[0]!.data).toEqual({ reason: 'skills_gap' });

    // The delayed rejection e-mail will never go out: its message and its delivery job are gone.
    const mailJobs = await db.select().from(backgroundJobs).where(eq(backgroundJobs.type, 'mail.send'));
    const messageIds = new Set(
      (await db.select({ id: outboxMessages.id }).from(outboxMessages)).map((m) => m.id),
    );
    for (const mailJob of mailJobs) {
      expect(messageIds.has((mailJob.payload as { messageId: string }).messageId)).toBe(true);
    }

    // An audit entry records that (and by whom) — counts only, no personal data (the scan above proves it).
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'candidate.erased'), eq(auditEvents.targetId, candidateId)));
    expect(audit).toMatchObject({
      actorUserId: adminId,
      targetType: 'candidate',
      data: expect.objectContaining({ trigger: 'request', files: 2 }),
    });
  });

  it('leaves everyone else alone, and cannot erase twice', async () => {
    const { db } = env.services;
    const [other] = await db.select().from(candidates).where(eq(candidates.id, controlId));
    expect(other).toMatchObject({ name: control.name, emails: [control.email], anonymisedAt: null });
    expect(
      await db.select().from(candidateNotes).where(eq(candidateNotes.candidateId, controlId)),
    ).toHaveLength(1);
    expect(
      await db
        .select({ id: storedFiles.id })
        .from(storedFiles)
        .where(and(eq(storedFiles.ownerType, 'candidate'), eq(storedFiles.ownerId, controlId))),
    ).toHaveLength(1);
    expect((await findPersonalData(db, [control.name, control.email])).map((hit) => hit.table)).toEqual(
      expect.arrayContaining(['candidates', 'candidate_notes']),
    );
    const again = await admin.post(`/api/v1/candidates/${candidateId}/erase`, { confirm: ERASED_NAME });
    expect(again.status).toBe(409);
  });
});

describe('privacy settings', () => {
  it('keeps rejected candidates 24 months by default; admins change it, with an audit entry', async () => {
    expect((await admin.get('/api/v1/privacy/settings')).body).toEqual({
      settings: { rejectedRetentionMonths: 24, updatedAt: null },
    });
    const saved = await admin.put('/api/v1/privacy/settings', { rejectedRetentionMonths: 6 });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ rejectedRetentionMonths: 6, updatedAt: expect.any(String) });
    expect((await admin.get('/api/v1/privacy/settings')).body.settings.rejectedRetentionMonths).toBe(6);
    expect((await outsider.get('/api/v1/privacy/settings')).body.settings.rejectedRetentionMonths).toBe(24);

    const [audit] = await env.services.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, 'privacy.settings_changed')));
    expect(audit!.data).toEqual({ rejectedRetentionMonths: { from: 24, to: 6 } });
  });

  it('refuses nonsense values and other roles', async () => {
    for (const value of [0, 121, 2.5, '12']) {
      const response = await admin.put('/api/v1/privacy/settings', { rejectedRetentionMonths: value });
      expect(response.status, String(value)).toBe(400);
    }
    expect((await interviewer.get('/api/v1/privacy/settings')).status).toBe(403);
    expect((await interviewer.put('/api/v1/privacy/settings', { rejectedRetentionMonths: 12 })).status).toBe(
      403,
    );
  });
});
