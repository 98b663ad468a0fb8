import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { organisationBank } from './kit.service.ts';
import { loadQuestionBank } from './question-bank.ts';
import { addMember, type Member } from './test-fixtures.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let admin: ApiClient;
let orgId: string;
let interviewer: Member;

const ownQuestion = {
  kind: 'question',
  theme: 'databases',
  text: 'Tell me about a time our kind of reporting query got slow. How did you find out why, and what fixed it?',
  seniority: ['mid', 'senior'],
  attributes: ['databases', 'problem-solving'],
  skills: ['postgresql'],
  strongAnswer:
    'Names the query, shows how they read the plan (EXPLAIN ANALYZE), what index or rewrite they chose and how they measured the gain.',
  weakAnswer: 'Says "add an index" without saying which, or why it helps.',
  followUps: ['What did the plan show before and after?', 'What did the new index cost on writes?'],
};

beforeAll(async () => {
  env = await createTestApp();
  const signup = await signUpOrganisation(env.app, 'Bank Co');
  admin = signup.client;
  orgId = signup.organisation.id;
  interviewer = await addMember(env, admin, 'interviewer', 'Ivo Interviewer');
});
afterAll(() => env.close());

describe('the question bank', () => {
  it('lists the shipped questions and prompts to every member, filtered by theme and text', async () => {
    const all = (await interviewer.client.get('/api/v1/question-bank')).body.items;
    expect(all.length).toBe(loadQuestionBank().length);
    expect(
      all.every(
        (entry: { source: string; retired: boolean }) => entry.source === 'shipped' && !entry.retired,
      ),
    ).toBe(true);
    const prompts = (await admin.get('/api/v1/question-bank?theme=system-design')).body.items;
    expect(prompts.length).toBeGreaterThanOrEqual(6);
    expect(prompts.every((entry: { kind: string }) => entry.kind === 'system-design')).toBe(true);
    const search = (await admin.get('/api/v1/question-bank?q=rate%20limiter')).body.items;
    expect(search.length).toBeGreaterThan(0);
  });

  it('adds, edits and retires an organisation’s own question, which the kits then use or skip', async () => {
    const created = await admin.post('/api/v1/question-bank', ownQuestion);
    expect(created.status).toBe(201);
    const key = created.body.question.id as string;
    expect(key).toMatch(/^own-tell-me-about-a-time-/);
    expect((await organisationBank(env.services.db, orgId)).some((entry) => entry.id === key)).toBe(true);

    const edited = await admin.put(`/api/v1/question-bank/${key}`, { ...ownQuestion, seniority: ['senior'] });
    expect(edited.status).toBe(200);
    expect(edited.body.question.seniority).toEqual(['senior']);

    expect((await admin.post(`/api/v1/question-bank/${key}/retire`)).status).toBe(200);
    expect((await organisationBank(env.services.db, orgId)).some((entry) => entry.id === key)).toBe(false);
    const listed = (await admin.get('/api/v1/question-bank?includeRetired=false')).body.items;
    expect(listed.some((entry: { id: string }) => entry.id === key)).toBe(false);
    expect((await admin.post(`/api/v1/question-bank/${key}/restore`)).status).toBe(200);
    expect((await organisationBank(env.services.db, orgId)).some((entry) => entry.id === key)).toBe(true);
  });

  it('retires a shipped question for this organisation only, and never edits it', async () => {
    const shipped = loadQuestionBank()[0]!;
    expect((await admin.post(`/api/v1/question-bank/${shipped.id}/retire`)).status).toBe(200);
    expect((await organisationBank(env.services.db, orgId)).some((entry) => entry.id === shipped.id)).toBe(
      false,
    );
    const other = await signUpOrganisation(env.app, 'Other Bank Co');
    expect(
      (await organisationBank(env.services.db, other.organisation.id)).some(
        (entry) => entry.id === shipped.id,
      ),
    ).toBe(true);
    const edit = await admin.put(`/api/v1/question-bank/${shipped.id}`, ownQuestion);
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toMatch(/cannot be edited/);
    await admin.post(`/api/v1/question-bank/${shipped.id}/restore`);
    expect((await organisationBank(env.services.db, orgId)).some((entry) => entry.id === shipped.id)).toBe(
      true,
    );
  });

  it('refuses an incomplete question with every problem named, and interviewers may not add', async () => {
    const bad = await admin.post('/api/v1/question-bank', {
      ...ownQuestion,
      text: 'Too short',
      followUps: ['One'],
      skills: ['not-a-skill'],
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['text', 'skills.0']));
    expect((await interviewer.client.post('/api/v1/question-bank', ownQuestion)).status).toBe(403);
    expect((await admin.post('/api/v1/question-bank/own-nothing-here/retire')).status).toBe(404);
  });
});
