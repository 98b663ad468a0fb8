import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../test/support/api-client.ts';
import { makeDocx, makePdf, multipartBody } from '../../test/support/documents.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { storedFiles } from '../platform/files/files.tables.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let admin: ApiClient;

beforeAll(async () => {
  env = await createTestApp();
  admin = (await signUpOrganisation(env.app, 'Intake Labs')).client;
});
afterAll(() => env.close());

async function upload(filename: string, content: Buffer, type: string) {
  const form = await multipartBody({}, { file: { filename, content, type } });
  const csrf = (await admin.get('/api/v1/auth/csrf')).body.csrfToken;
  const response = await env.app.inject({
    method: 'POST',
    url: '/api/v1/resumes/parse',
    payload: form.payload,
    headers: { ...form.headers, 'x-csrf-token': csrf },
    cookies: { hb_session: admin.cookie('hb_session')!, hb_csrf: admin.cookie('hb_csrf')! },
  });
  return { status: response.statusCode, body: response.json() };
}

const resumeLines = [
  'Tomás Núñez',
  'tomasz.w@example.com | +48 601 234 567 | github.com/twisniewski',
  'EXPERIENCE',
  'Senior Backend Engineer, Allegro — Mar 2021 – Present',
  'Go, PostgreSQL, Kubernetes and Kafka at scale.',
  'Backend Developer at Comarch, Jun 2016 – Feb 2021',
  'Java and Spring Boot services.',
];

describe('résumé intake', () => {
  it('parses a PDF for review, then saves the corrected candidate with the résumé attached', async () => {
    const parsed = await upload('tomasz.pdf', await makePdf(resumeLines), 'application/pdf');
    expect(parsed.status).toBe(201);
    expect(parsed.body.parsed).toMatchObject({
      name: 'Tomás Núñez',
      emails: ['tomasz.w@example.com'],
      phones: ['+48601234567'],
      links: { github: 'twisniewski' },
    });
    expect(parsed.body.parsed.skills.map((skill: { skill: string }) => skill.skill)).toEqual(
      expect.arrayContaining(['go', 'postgresql', 'kubernetes', 'java', 'spring-boot']),
    );
    expect(parsed.body.duplicates).toEqual([]);

    const { parsed: fields, upload: stored } = parsed.body;
    const saved = await admin.post('/api/v1/candidates', {
      resumeUploadId: stored.id,
      candidate: {
        name: 'Tomás Núñez-García',
        emails: fields.emails,
        phones: fields.phones,
        links: fields.links,
        skills: fields.skills.map((skill: { skill: string; years: number | null }) => ({
          skill: skill.skill,
          years: skill.years,
          source: 'resume',
        })),
        experience: fields.experience,
        totalYears: fields.totalYears,
        source: 'sourced',
        consent: true,
      },
    });
    expect(saved.status).toBe(201);
    const profile = (await admin.get(`/api/v1/candidates/${saved.body.candidate.id}`)).body.candidate;
    expect(profile).toMatchObject({ name: 'Tomás Núñez-García', phone: '+48601234567', source: 'sourced' });
    expect(profile.skills.find((skill: { skill: string }) => skill.skill === 'go').source).toBe('resume');
    expect(profile.files).toEqual([
      expect.objectContaining({ purpose: 'resume', contentType: 'application/pdf' }),
    ]);
    expect(
      (await admin.get('/api/v1/candidates?q=allegro')).body.items.map((item: { id: string }) => item.id),
    ).toContain(profile.id);
  });

  it('flags the same person on a second résumé (e-mail, phone or GitHub), and merges keeping both histories', async () => {
    const first = (await admin.get('/api/v1/candidates?q=nunez')).body.items[0];
    const again = await upload('tomasz.docx', await makeDocx(resumeLines), 'application/octet-stream');
    expect(again.status).toBe(201);
    expect(again.body.duplicates).toEqual([
      { id: first.id, name: 'Tomás Núñez-García', matchedOn: ['email', 'phone', 'github'] },
    ]);

    const second = await admin.post('/api/v1/candidates', {
      resumeUploadId: again.body.upload.id,
      candidate: {
        name: 'Tomasz W.',
        emails: ['tomasz.personal@example.com', 'tomasz.w@example.com'],
        source: 'referral',
      },
    });
    expect(second.body.duplicates.map((duplicate: { id: string }) => duplicate.id)).toEqual([first.id]);
    await admin.post(`/api/v1/candidates/${second.body.candidate.id}/notes`, {
      body: 'Referred by Ola from the platform team.',
    });
    expect(
      (await admin.get(`/api/v1/candidates/${first.id}/duplicates`)).body.items.map(
        (item: { id: string }) => item.id,
      ),
    ).toEqual([second.body.candidate.id]);

    const merged = await admin.post(`/api/v1/candidates/${first.id}/merge`, {
      mergeId: second.body.candidate.id,
    });
    expect(merged.status).toBe(200);
    const profile = (await admin.get(`/api/v1/candidates/${first.id}`)).body.candidate;
    expect(profile.emails).toEqual(['tomasz.w@example.com', 'tomasz.personal@example.com']);
    expect(profile.files).toHaveLength(2);
    const timeline = (await admin.get(`/api/v1/candidates/${first.id}/timeline`)).body.items;
    expect(
      timeline.some((item: { body?: string }) => item.body === 'Referred by Ola from the platform team.'),
    ).toBe(true);
    expect(timeline.filter((item: { type?: string }) => item.type === 'created')).toHaveLength(2);
    expect(timeline.some((item: { type?: string }) => item.type === 'merged')).toBe(true);
    expect((await admin.get(`/api/v1/candidates/${second.body.candidate.id}`)).status).toBe(404);
    expect((await admin.get('/api/v1/candidates?q=núñez tomás')).body.total).toBeLessThanOrEqual(1);
  });

  it('refuses files that are not résumés, with a plain message, and keeps nothing', async () => {
    const before = (await env.services.db.select().from(storedFiles)).length;
    const refused = await upload(
      'cv.pdf',
      Buffer.from('MZ not really a pdf \u0000\u0001\u0002'),
      'application/pdf',
    );
    expect([415, 422]).toContain(refused.status);
    expect(refused.body.error.message).toMatch(/PDF|résumé|file/i);
    expect((await env.services.db.select().from(storedFiles)).length).toBe(before);
  });

  it('adds a candidate by hand straight into a job, normalising what was typed', async () => {
    const template = (await admin.get('/api/v1/role-templates')).body.items[0];
    const blueprint = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body
      .blueprint;
    const job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;
    const created = await admin.post('/api/v1/candidates', {
      jobId: job.id,
      candidate: {
        name: 'Ines Duarte',
        emails: ['Ines.Duarte@Example.com'],
        phones: ['+351 912 345 678'],
        links: { github: 'https://github.com/inesd', linkedin: 'linkedin.com/in/ines-duarte' },
        skills: [{ skill: 'Postgres', years: 4 }, { skill: 'node' }, { skill: 'Quantum Basket Weaving' }],
        source: 'referral',
        tags: ['warm', 'warm', 'lisbon'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.unknownSkills).toEqual(['Quantum Basket Weaving']);
    const profile = (await admin.get(`/api/v1/candidates/${created.body.candidate.id}`)).body.candidate;
    expect(profile).toMatchObject({
      email: 'ines.duarte@example.com',
      phone: '+351912345678',
      links: { github: 'inesd', linkedin: 'https://www.linkedin.com/in/ines-duarte' },
      tags: ['lisbon', 'warm'],
    });
    expect(
      profile.skills.map((skill: { skill: string; years: number | null }) => [skill.skill, skill.years]),
    ).toEqual([
      ['postgresql', 4],
      ['nodejs', null],
    ]);
    const board = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards;
    expect(board.map((card: { name: string; stage: string }) => [card.name, card.stage])).toEqual([
      ['Ines Duarte', 'applied'],
    ]);
    const invalid = await admin.post('/api/v1/candidates', { candidate: { name: '', emails: ['nope'] } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(
      expect.arrayContaining(['candidate.name', 'candidate.emails.0']),
    );
  });

  it('adds someone already in the pool to a job once, with their résumé, and records it on the timeline', async () => {
    const parsed = await upload(
      'cv.pdf',
      await makePdf(['Joana Reis', 'joana.reis@example.net']),
      'application/pdf',
    );
    const created = await admin.post('/api/v1/candidates', {
      candidate: { name: 'Joana Reis', emails: ['joana.reis@example.net'] },
      resumeUploadId: parsed.body.upload.id,
    });
    const candidateId = created.body.candidate.id;
    const template = (await admin.get('/api/v1/role-templates')).body.items[0];
    const blueprint = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body
      .blueprint;
    const job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;

    const added = await admin.post(`/api/v1/candidates/${candidateId}/applications`, { jobId: job.id });
    expect(added.status).toBe(201);
    expect(added.body.application).toMatchObject({ jobId: job.id, stage: 'applied' });
    const applications = (await admin.get(`/api/v1/jobs/${job.id}/applications`)).body.items;
    expect(applications).toHaveLength(1);
    expect(applications[0].resumeFileId).toBe(parsed.body.upload.id);
    const timeline = (await admin.get(`/api/v1/candidates/${candidateId}/timeline`)).body.items;
    expect(
      timeline.some(
        (item: { type?: string; jobId?: string }) => item.type === 'applied' && item.jobId === job.id,
      ),
    ).toBe(true);

    const again = await admin.post(`/api/v1/candidates/${candidateId}/applications`, { jobId: job.id });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already in this job/);
    const unknownJob = await admin.post(`/api/v1/candidates/${candidateId}/applications`, {
      jobId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownJob.status).toBe(404);
    expect((await admin.get(`/api/v1/jobs/${job.id}/applications`)).body.items).toHaveLength(1);
  });
});

describe('e-mail templates', () => {
  it('lets an organisation reword a template, refuses unknown variables, and resets', async () => {
    const list = (await admin.get('/api/v1/email-templates')).body;
    expect(list.items.map((template: { key: string }) => template.key)).toEqual(
      expect.arrayContaining(['application_received', 'rejection', 'stage_invitation']),
    );
    const bad = await admin.put('/api/v1/email-templates/rejection', {
      name: 'Rejection',
      subject: 'About {{job.title}}',
      body: 'Hi {{candidate.nickname}}',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      { path: 'body', message: '{{candidate.nickname}} is not a variable.' },
    ]);
    const saved = await admin.put('/api/v1/email-templates/rejection', {
      name: 'Rejection',
      subject: 'About {{job.title}}',
      body: 'Hi {{candidate.firstName}}, thank you.',
    });
    expect(saved.body.template).toMatchObject({ customised: true, subject: 'About {{job.title}}' });
    expect((await admin.delete('/api/v1/email-templates/rejection')).status).toBe(204);
    const reset = (await admin.get('/api/v1/email-templates')).body.items.find(
      (template: { key: string }) => template.key === 'rejection',
    );
    expect(reset.customised).toBe(false);
  });
});
