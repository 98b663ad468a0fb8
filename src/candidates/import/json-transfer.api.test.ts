import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../../test/support/api-client.ts';
import { multipartBody } from '../../../test/support/documents.ts';
import { createTestServices } from '../../../test/support/test-services.ts';
import { accountRoutes } from '../../accounts/account.routes.ts';
import { authRoutes } from '../../accounts/auth.routes.ts';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { buildApp } from '../../platform/http/app.ts';
import type { App } from '../../platform/http/types.ts';
import type { Services } from '../../platform/services.ts';
import { candidateInputSchema } from '../candidate-input.ts';
import { createCandidate } from '../candidates.service.ts';
import { candidates } from '../candidates.tables.ts';
import { candidateImportRoutes } from './import.routes.ts';
import { registerCandidateImportJobs } from './import.service.ts';
import { exportCandidatesJson } from './json-transfer.ts';

let services: Services & { close(): Promise<void> };
let app: App;
let adminA: ApiClient;
let adminB: ApiClient;
let orgA: string;
let orgB: string;

const consentAt = new Date('2025-03-04T05:06:07.000Z');

beforeAll(async () => {
  services = await createTestServices();
  registerCandidateImportJobs(services);
  app = await buildApp(services, { routes: [authRoutes, accountRoutes, candidateImportRoutes] });
  await app.ready();
  const a = await signUpOrganisation(app, 'Export From');
  const b = await signUpOrganisation(app, 'Import Into');
  adminA = a.client;
  adminB = b.client;
  orgA = a.organisation.id;
  orgB = b.organisation.id;
  await services.db.transaction(async (tx) => {
    await createCandidate(
      tx,
      orgA,
      {
        name: 'Radia Perlman',
        emails: ['radia@example.org', 'radia.p@example.net'],
        phones: ['+1 415 555 0199'],
        location: 'Boston',
        timeZone: 'America/New_York',
        headline: 'Network protocols engineer',
        links: {
          github: 'radia',
          linkedin: 'https://linkedin.com/in/radia',
          stackoverflow: null,
          website: 'radia.dev',
        },
        skills: [
          { skill: 'Go', years: 6, source: 'resume' },
          { skill: 'PostgreSQL', years: null, source: 'recruiter' },
        ],
        experience: [{ company: 'DEC', title: 'Engineer', start: '1980-01', end: '1993-06' }],
        education: [{ school: 'MIT', degree: 'PhD', end: '1988' }],
        totalYears: 20.5,
        salaryExpectation: { amount: 150000, currency: 'USD', period: 'year' },
        availableFrom: '2026-01-01',
        noticePeriodWeeks: 4,
        source: 'referral',
        sourceDetail: 'Vint',
        tags: ['networks', 'senior'],
        consent: true,
        retainUntil: '2027-12-31',
      },
      { actorUserId: null, importKey: null },
    );
    await createCandidate(
      tx,
      orgA,
      candidateInputSchema.parse({
        name: 'No Email Person',
        phones: ['+44 20 7946 0000'],
        source: 'sourced',
      }),
      { actorUserId: null, importKey: null },
    );
    for (let index = 1; index <= 3; index++) {
      await createCandidate(
        tx,
        orgA,
        candidateInputSchema.parse({
          name: `Pool Person ${index}`,
          emails: [`pool${index}@example.org`],
          skills: [{ skill: 'Rust', years: index, source: 'candidate' }],
          source: 'careers_page',
          tags: ['pool'],
        }),
        { actorUserId: null, importKey: null },
      );
    }
  });
  // Consent recorded at a known time with its own wording: an export must carry both over unchanged.
  await services.db
    .update(candidates)
    .set({ consentAt, consentText: 'Agreed on the careers page.' })
    .where(eq(candidates.email, 'radia@example.org'));
});
afterAll(async () => {
  await app.close();
  await services.close();
});

// What must survive a round trip: everything but the ids and timestamps of the copy.
const comparable = (items: Record<string, unknown>[]) =>
  items
    .map(({ id: _id, createdAt: _created, updatedAt: _updated, ...rest }) => rest)
    .sort((left, right) => String(left.name).localeCompare(String(right.name)));

async function importDocument(client: ApiClient, document: unknown, query = '') {
  const response = await client.post(`/api/v1/candidates/import-json${query}`, document);
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  await services.queue.drain();
  return (await client.get(`/api/v1/candidate-imports/${response.body.import.id}`)).body.import;
}

describe('JSON export and import of the whole pool', () => {
  it('exports every candidate with skills, experience, tags and links as one streamed document', async () => {
    const response = await adminA.raw('GET', '/api/v1/candidates/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="candidates-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const document = response.json();
    expect(document.version).toBe(1);
    expect(Number.isNaN(Date.parse(document.exportedAt))).toBe(false);
    expect(document.candidates).toHaveLength(5);
    const radia = document.candidates.find((item: { name: string }) => item.name === 'Radia Perlman');
    expect(radia).toEqual({
      id: expect.any(String),
      name: 'Radia Perlman',
      emails: ['radia@example.org', 'radia.p@example.net'],
      phones: ['+14155550199'],
      location: 'Boston',
      timeZone: 'America/New_York',
      headline: 'Network protocols engineer',
      links: {
        github: 'radia',
        linkedin: 'https://www.linkedin.com/in/radia',
        stackoverflow: null,
        website: 'https://radia.dev/',
      },
      skills: [
        { skill: 'go', name: 'Go', years: 6, source: 'resume' },
        { skill: 'postgresql', name: 'PostgreSQL', years: null, source: 'recruiter' },
      ],
      experience: [{ company: 'DEC', title: 'Engineer', start: '1980-01', end: '1993-06' }],
      education: [{ school: 'MIT', degree: 'PhD', end: '1988' }],
      totalYears: 20.5,
      salaryExpectation: { amount: 150000, currency: 'USD', period: 'year' },
      availableFrom: '2026-01-01',
      noticePeriodWeeks: 4,
      source: 'referral',
      sourceDetail: 'Vint',
      tags: ['networks', 'senior'],
      consent: true,
      consentAt: consentAt.toISOString(),
      consentText: 'Agreed on the careers page.',
      retainUntil: '2027-12-31',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const [audit] = await services.db
      .select({ value: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgA), eq(auditEvents.action, 'candidates.exported')));
    expect(audit!.value).toBe(1);
  });

  it('streams in batches that join into one valid document, in id order', async () => {
    let text = '';
    let pieces = 0;
    for await (const piece of exportCandidatesJson(services.db, orgA, { batchSize: 2 })) {
      text += piece;
      pieces++;
    }
    expect(pieces).toBe(5); // header, three batches (2 + 2 + 1), footer
    const ids = JSON.parse(text).candidates.map((item: { id: string }) => item.id);
    expect(ids).toHaveLength(5);
    expect(ids).toEqual([...ids].sort());
    const empty = await (async () => {
      let out = '';
      for await (const piece of exportCandidatesJson(services.db, orgB)) out += piece;
      return JSON.parse(out);
    })();
    expect(empty.candidates).toEqual([]);
  });

  it('round-trips the pool into a second organisation, then imports it again without duplicates', async () => {
    const exported = (await adminA.raw('GET', '/api/v1/candidates/export')).json();
    const first = await importDocument(adminB, exported);
    expect(first).toMatchObject({
      status: 'succeeded',
      format: 'json',
      totalRows: 5,
      processedRows: 5,
      createdCount: 5,
      updatedCount: 0,
      errorCount: 0,
      progress: 100,
      errors: [],
      warnings: [],
    });
    const copied = (await adminB.raw('GET', '/api/v1/candidates/export')).json();
    expect(comparable(copied.candidates)).toEqual(comparable(exported.candidates));

    const again = await importDocument(adminB, exported);
    expect(again).toMatchObject({ createdCount: 0, updatedCount: 5, errorCount: 0 });
    const [total] = await services.db
      .select({ value: count() })
      .from(candidates)
      .where(eq(candidates.orgId, orgB));
    expect(total!.value).toBe(5);
    const keys = await services.db
      .select({ key: candidates.importKey })
      .from(candidates)
      .where(eq(candidates.orgId, orgB))
      .orderBy(asc(candidates.importKey));
    expect(keys.map((row) => row.key?.replace(/^hash:[0-9a-f]{32}$/, 'hash:…'))).toEqual([
      'email:pool1@example.org',
      'email:pool2@example.org',
      'email:pool3@example.org',
      'email:radia@example.org',
      'hash:…',
    ]);
    // Still exactly the same pool.
    const after = (await adminB.raw('GET', '/api/v1/candidates/export')).json();
    expect(comparable(after.candidates)).toEqual(comparable(exported.candidates));
  });

  it('accepts the document as an uploaded file, and a dry run writes nothing', async () => {
    const exported = (await adminA.raw('GET', '/api/v1/candidates/export')).body;
    const document = JSON.parse(exported);
    document.candidates.push({ name: 'Brand New', emails: ['brand.new@example.org'] });
    document.candidates.push({ name: '', emails: ['nameless@example.org'] });
    const form = await multipartBody(
      { dryRun: 'true' },
      {
        file: {
          filename: 'pool.json',
          content: Buffer.from(JSON.stringify(document)),
          type: 'application/json',
        },
      },
    );
    const { csrfToken } = (await adminB.get('/api/v1/auth/csrf')).body;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/candidates/import-json',
      payload: form.payload,
      headers: {
        ...form.headers,
        cookie: ['hb_session', 'hb_csrf'].map((name) => `${name}=${adminB.cookie(name)}`).join('; '),
        'x-csrf-token': csrfToken,
      },
    });
    expect(response.statusCode).toBe(202);
    expect(response.json().import).toMatchObject({ filename: 'pool.json', dryRun: true, status: 'queued' });
    await services.queue.drain();
    const result = (await adminB.get(`/api/v1/candidate-imports/${response.json().import.id}`)).body.import;
    expect(result).toMatchObject({
      dryRun: true,
      totalRows: 7,
      createdCount: 1,
      updatedCount: 5,
      errorCount: 1,
    });
    expect(result.errors).toEqual([{ row: 7, field: 'name', message: 'Enter a name.' }]);
    const [total] = await services.db
      .select({ value: count() })
      .from(candidates)
      .where(eq(candidates.orgId, orgB));
    expect(total!.value).toBe(5);
  });

  it('refuses a document that is not an export', async () => {
    const response = await adminB.post('/api/v1/candidates/import-json', { version: 2, candidates: [] });
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      code: 'validation_failed',
      message: 'The file is not a Hirebench candidate export ({ version: 1, candidates: [...] }).',
      details: [
        {
          path: 'version',
          message: 'Only version 1 documents (from GET /candidates/export) can be imported.',
        },
      ],
    });
  });
});
