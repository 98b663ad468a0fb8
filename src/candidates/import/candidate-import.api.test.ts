import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../../test/support/api-client.ts';
import { multipartBody } from '../../../test/support/documents.ts';
import { createTestServices } from '../../../test/support/test-services.ts';
import { accountRoutes } from '../../accounts/account.routes.ts';
import { authRoutes } from '../../accounts/auth.routes.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';
import { buildApp } from '../../platform/http/app.ts';
import type { App } from '../../platform/http/types.ts';
import { backgroundJobs } from '../../platform/jobs/jobs.tables.ts';
import type { Services } from '../../platform/services.ts';
import { candidatesRoutes } from '../candidates.routes.ts';
import { candidateEvents, candidateSkills, candidates } from '../candidates.tables.ts';
import { bufferSource } from './csv-reader.ts';
import { candidateImportRoutes } from './import.routes.ts';
import { registerCandidateImportJobs, runCsvImport } from './import.service.ts';
import { getImport, insertImport } from './import.store.ts';
import type { ImportTally } from './import-engine.ts';

const fixture = readFileSync(path.resolve('test/fixtures/csv/candidates-with-problems.csv'));
const fixtureMapping = {
  externalId: 'External ID',
  name: 'Full Name',
  email: 'E-mail Address',
  phone: 'Mobile',
  location: 'City',
  github: 'GitHub',
  skills: 'Skills',
  totalYears: 'Years of experience',
  source: 'Source',
  tags: 'Tags',
};

let services: Services & { close(): Promise<void> };
let app: App;
let admin: ApiClient;
let orgId: string;

beforeAll(async () => {
  services = await createTestServices();
  registerCandidateImportJobs(services);
  app = await buildApp(services, {
    routes: [authRoutes, accountRoutes, candidatesRoutes, candidateImportRoutes],
  });
  await app.ready();
  const signup = await signUpOrganisation(app, 'Import Co');
  admin = signup.client;
  orgId = signup.organisation.id;
});
afterAll(async () => {
  await app.close();
  await services.close();
});

async function upload(
  client: ApiClient,
  url: string,
  csv: string | Buffer,
  fields: Record<string, string> = {},
  filename = 'people.csv',
) {
  const form = await multipartBody(fields, {
    file: { filename, content: Buffer.isBuffer(csv) ? csv : Buffer.from(csv), type: 'text/csv' },
  });
  return postForm(client, url, form);
}

/** ApiClient sends text payloads; uploads are bytes, so they go through inject with the client's session. */
async function postForm(client: ApiClient, url: string, form: Awaited<ReturnType<typeof multipartBody>>) {
  const { csrfToken } = (await client.get('/api/v1/auth/csrf')).body;
  const response = await app.inject({
    method: 'POST',
    url,
    payload: form.payload,
    headers: {
      ...form.headers,
      cookie: ['hb_session', 'hb_csrf'].map((name) => `${name}=${client.cookie(name)}`).join('; '),
      'x-csrf-token': csrfToken,
    },
  });
  return { status: response.statusCode, body: response.json() };
}

async function importCsv(csv: string | Buffer, mapping: object | null, dryRun = false) {
  const response = await upload(admin, '/api/v1/candidate-imports', csv, {
    ...(mapping ? { mapping: JSON.stringify(mapping) } : {}),
    dryRun: String(dryRun),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  await services.queue.drain();
  return (await admin.get(`/api/v1/candidate-imports/${response.body.import.id}`)).body.import;
}

const candidateCount = async () =>
  (await services.db.select({ value: count() }).from(candidates).where(eq(candidates.orgId, orgId)))[0]!
    .value;
const eventCount = async () =>
  (
    await services.db.select({ value: count() }).from(candidateEvents).where(eq(candidateEvents.orgId, orgId))
  )[0]!.value;

describe('CSV import', () => {
  it('previews the columns, the first ten rows and a suggested mapping', async () => {
    const lines = ['Full Name;E-mail;Phone;Skills;Notes'];
    for (let index = 1; index <= 12; index++)
      lines.push(`Person ${index};p${index}@example.org;;Go;note ${index}`);
    const response = await upload(admin, '/api/v1/candidate-imports/preview', lines.join('\r\n'));
    expect(response.status).toBe(200);
    expect(response.body.headers).toEqual(['Full Name', 'E-mail', 'Phone', 'Skills', 'Notes']);
    expect(response.body.sampleRows).toHaveLength(10);
    expect(response.body.sampleRows[0]).toEqual(['Person 1', 'p1@example.org', '', 'Go', 'note 1']);
    expect(response.body.sampleRows[9]).toEqual(['Person 10', 'p10@example.org', '', 'Go', 'note 10']);
    expect(response.body.suggestedMapping).toEqual({
      name: 'Full Name',
      email: 'E-mail',
      phone: 'Phone',
      skills: 'Skills',
    });
    expect(response.body.rowCountEstimate).toBe(12);
    expect(response.body.delimiter).toBe(';');
    expect(response.body.encoding).toBe('utf-8');
    expect(response.body.warnings).toEqual([]);
  });

  it('imports the good rows and reports each bad row by number and field, writing nothing of it', async () => {
    const result = await importCsv(fixture, fixtureMapping);
    expect(result).toMatchObject({
      status: 'succeeded',
      dryRun: false,
      format: 'csv',
      totalRows: 6,
      processedRows: 6,
      createdCount: 3,
      updatedCount: 0,
      errorCount: 3,
      progress: 100,
      omittedIssues: 0,
    });
    expect(result.errors).toEqual([
      { row: 4, field: 'name', message: 'Enter a name.' },
      { row: 5, field: 'email', message: 'Not a valid e-mail address: "linus@".' },
      {
        row: 6,
        field: null,
        message:
          'Has 13 values but the header has 11 columns; a value probably contains an unquoted comma. Nothing of this row was imported.',
      },
    ]);
    expect(result.warnings).toEqual([
      { row: 3, field: 'skills', message: 'Unknown skill "COBOLOL" was left out.' },
      { row: 7, field: 'skills', message: 'Unknown skill "Flurbo" was left out.' },
    ]);
    expect(result.finishedAt).not.toBeNull();

    const rows = await services.db
      .select()
      .from(candidates)
      .where(eq(candidates.orgId, orgId))
      .orderBy(asc(candidates.name));
    expect(rows.map((row) => [row.name, row.email, row.importKey, row.source])).toEqual([
      ['Ada Lovelace', 'ada@example.org', 'ext:A-1', 'referral'],
      ['Grace Hopper', 'grace@example.org', 'ext:A-2', 'import'],
      ['Ken Thompson', 'ken@example.org', 'ext:A-6', 'job_board'],
    ]);
    const ada = rows[0]!;
    expect(ada).toMatchObject({
      phone: '+442079460958',
      location: 'London',
      totalYears: 12,
      tags: ['backend', 'senior'],
      links: { github: 'adalovelace', linkedin: null, stackoverflow: null, website: null },
    });
    expect(rows[1]!.location).toBe('New York, NY');
    const adaSkills = await services.db
      .select({ skill: candidateSkills.skill, years: candidateSkills.years, source: candidateSkills.source })
      .from(candidateSkills)
      .where(eq(candidateSkills.candidateId, ada.id))
      .orderBy(asc(candidateSkills.skill));
    expect(adaSkills).toEqual([
      { skill: 'go', years: 5, source: 'import' },
      { skill: 'postgresql', years: null, source: 'import' },
    ]);
    // Nothing of the failed rows exists anywhere: no candidate, no event, no skill.
    expect(await candidateCount()).toBe(3);
    expect(await eventCount()).toBe(3);
    const people = (await admin.get('/api/v1/candidates?q=barbara')).body;
    expect(people.total).toBe(0);
    // Searchable like any other candidate.
    expect(
      (await admin.get('/api/v1/candidates?q=lovelace')).body.items.map(
        (item: { name: string }) => item.name,
      ),
    ).toEqual(['Ada Lovelace']);
  });

  it('imports the same file again without a single new candidate', async () => {
    const before = await eventCount();
    const result = await importCsv(fixture, fixtureMapping);
    expect(result).toMatchObject({
      status: 'succeeded',
      totalRows: 6,
      processedRows: 6,
      createdCount: 0,
      updatedCount: 3,
      errorCount: 3,
    });
    expect(await candidateCount()).toBe(3);
    // Nothing changed, so nothing was rewritten: no 'updated' events pile up on the timelines.
    expect(await eventCount()).toBe(before);
  });

  it('recognises people by e-mail when the file has no id column, and adds to what is known', async () => {
    const result = await importCsv(
      'Name,Email,Location,Tags,Skills\nAda Lovelace,ADA@example.org,Cambridge,mentor,Rust (2)\n',
      null,
    );
    expect(result).toMatchObject({ createdCount: 0, updatedCount: 1, errorCount: 0 });
    expect(result.mapping).toEqual({
      name: 'Name',
      email: 'Email',
      location: 'Location',
      tags: 'Tags',
      skills: 'Skills',
    });
    const [ada] = await services.db
      .select()
      .from(candidates)
      .where(and(eq(candidates.orgId, orgId), eq(candidates.email, 'ada@example.org')));
    expect(ada).toMatchObject({
      location: 'Cambridge',
      tags: ['backend', 'mentor', 'senior'],
      source: 'referral', // the file did not say, so the source stays
      importKey: 'ext:A-1', // the key it was first imported with stays
      phone: '+442079460958',
    });
    const skills = await services.db
      .select({ skill: candidateSkills.skill, years: candidateSkills.years })
      .from(candidateSkills)
      .where(eq(candidateSkills.candidateId, ada!.id))
      .orderBy(asc(candidateSkills.skill));
    expect(skills).toEqual([
      { skill: 'go', years: 5 },
      { skill: 'postgresql', years: null },
      { skill: 'rust', years: 2 },
    ]);
    const events = await services.db
      .select({ type: candidateEvents.type })
      .from(candidateEvents)
      .where(eq(candidateEvents.candidateId, ada!.id))
      .orderBy(asc(candidateEvents.createdAt));
    expect(events.map((event) => event.type)).toEqual(['created', 'updated']);
  });

  it('dry run: validates and counts what would happen, and writes no candidate', async () => {
    const candidatesBefore = await candidateCount();
    const eventsBefore = await eventCount();
    const result = await importCsv(
      [
        'Full Name,Email',
        'New Person,new@example.org',
        'Grace Hopper,grace@example.org',
        'New Person Again,NEW@example.org',
        'Broken,broken@',
      ].join('\n'),
      { name: 'Full Name', email: 'Email' },
      true,
    );
    expect(result).toMatchObject({
      status: 'succeeded',
      dryRun: true,
      totalRows: 4,
      processedRows: 4,
      createdCount: 1,
      updatedCount: 2, // Grace exists; the third row is the first row's person again
      errorCount: 1,
      progress: 100,
    });
    expect(result.errors).toEqual([
      { row: 5, field: 'email', message: 'Not a valid e-mail address: "broken@".' },
    ]);
    expect(await candidateCount()).toBe(candidatesBefore);
    expect(await eventCount()).toBe(eventsBefore);
  });

  it('dry run counts what the real run then does, people met twice in the file included', async () => {
    const csv = [
      'ID,Name,Email',
      'T-1,Twice Person,twice@example.org',
      'T-2,Twice Person (other system),TWICE@example.org',
      'T-3,Once Person,once@example.org',
    ].join('\n');
    const mapping = { externalId: 'ID', name: 'Name', email: 'Email' };
    const dry = await importCsv(csv, mapping, true);
    const real = await importCsv(csv, mapping);
    for (const result of [dry, real]) {
      expect(result).toMatchObject({ processedRows: 3, createdCount: 2, updatedCount: 1, errorCount: 0 });
    }
    const [twice] = await services.db
      .select()
      .from(candidates)
      .where(eq(candidates.email, 'twice@example.org'));
    expect([twice!.name, twice!.importKey]).toEqual(['Twice Person (other system)', 'ext:T-1']);
  });

  it('reports progress batch by batch, in the same transaction as the rows, up to 100', async () => {
    const lines = ['Name,Email'];
    for (let index = 1; index <= 5; index++) lines.push(`Batch Person ${index},batch${index}@example.org`);
    const row = await insertImport(services.db, {
      orgId,
      filename: 'batches.csv',
      fileId: null,
      mapping: { name: 'Name', email: 'Email' },
      dryRun: false,
      createdBy: null,
    });
    const seen: { tally: number[]; stored: number[] }[] = [];
    const result = await runCsvImport(services.db, bufferSource(Buffer.from(lines.join('\n'))), {
      orgId,
      importId: row.id,
      actorUserId: null,
      batchSize: 2,
      onProgress: async (tally: ImportTally) => {
        const stored = await getImport(services.db, orgId, row.id);
        seen.push({
          tally: [tally.processedRows, tally.totalRows],
          stored: [stored.processedRows, stored.createdCount, stored.totalRows ?? -1],
        });
      },
    });
    expect(seen).toEqual([
      { tally: [2, 5], stored: [2, 2, 5] },
      { tally: [4, 5], stored: [4, 4, 5] },
      { tally: [5, 5], stored: [5, 5, 5] },
      { tally: [5, 5], stored: [5, 5, 5] }, // the final report, after the import is marked done
    ]);
    expect(result).toMatchObject({ status: 'succeeded', processedRows: 5, createdCount: 5, totalRows: 5 });
  });

  it('continues after the rows that landed when a run stops half-way, without duplicates', async () => {
    // The second batch's progress write fails once (a sequence is not rolled back), as a crash would.
    await services.db.execute(sql`create sequence resume_failure_once`);
    await services.db.execute(sql`
      create or replace function fail_second_batch_once() returns trigger language plpgsql as $$
      begin
        if new.filename = 'resume.csv' and new.processed_rows = 4 and nextval('resume_failure_once') = 1 then
          raise exception 'the worker died';
        end if;
        return new;
      end $$`);
    await services.db.execute(sql`
      create trigger fail_second_batch_once before update on candidate_imports
      for each row execute function fail_second_batch_once()`);
    try {
      const lines = ['Name,Email'];
      for (let index = 1; index <= 5; index++)
        lines.push(`Resume Person ${index},resume${index}@example.org`);
      const open = bufferSource(Buffer.from(lines.join('\n')));
      const row = await insertImport(services.db, {
        orgId,
        filename: 'resume.csv',
        fileId: null,
        mapping: { name: 'Name', email: 'Email' },
        dryRun: false,
        createdBy: null,
      });
      const options = { orgId, importId: row.id, actorUserId: null, batchSize: 2 };
      await expect(runCsvImport(services.db, open, options)).rejects.toThrow();
      expect(await getImport(services.db, orgId, row.id)).toMatchObject({
        status: 'running',
        processedRows: 2,
        createdCount: 2,
      });
      const resumePeople = async () =>
        (
          await services.db
            .select({ name: candidates.name })
            .from(candidates)
            .where(sql`${candidates.name} like 'Resume Person %'`)
            .orderBy(asc(candidates.name))
        ).map((person) => person.name);
      expect(await resumePeople()).toEqual(['Resume Person 1', 'Resume Person 2']);

      const result = await runCsvImport(services.db, open, options);
      expect(result).toMatchObject({
        status: 'succeeded',
        processedRows: 5,
        createdCount: 5,
        updatedCount: 0,
      });
      expect(await resumePeople()).toEqual([1, 2, 3, 4, 5].map((index) => `Resume Person ${index}`));
    } finally {
      await services.db.execute(sql`drop trigger fail_second_batch_once on candidate_imports`);
    }
  });

  it('keeps the first 1,000 problems and says how many more there were', async () => {
    const lines = ['Name,Email'];
    for (let index = 1; index <= 1003; index++) lines.push(`Bad ${index},bad${index}@`);
    const result = await importCsv(lines.join('\n'), { name: 'Name', email: 'Email' }, true);
    expect(result).toMatchObject({ processedRows: 1003, errorCount: 1003, omittedIssues: 3 });
    expect(result.errors).toHaveLength(1000);
    expect(result.errors[999]).toEqual({
      row: 1001,
      field: 'email',
      message: 'Not a valid e-mail address: "bad1000@".',
    });
    const stored = await getImport(services.db, orgId, result.id);
    expect(stored.errors.at(-1)).toEqual({
      row: 0,
      field: null,
      message: 'Only the first 1,000 problems are listed; 3 more were found.',
      omitted: 3,
    });
  });

  it('runs as a background job whose progress reaches 100, and drops the stored file afterwards', async () => {
    const response = await upload(
      admin,
      '/api/v1/candidate-imports',
      'Name,Email\nJob Person,job@example.org\n',
      {
        mapping: JSON.stringify({ name: 'Name', email: 'Email' }),
      },
    );
    expect(response.status).toBe(202);
    expect(response.body.import).toMatchObject({
      status: 'queued',
      progress: 0,
      processedRows: 0,
      totalRows: null,
      filename: 'people.csv',
    });
    const stored = await services.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.ownerId, response.body.import.id));
    expect(stored.map((file) => [file.ownerType, file.purpose, file.contentType])).toEqual([
      ['import', 'candidates-csv', 'text/csv'],
    ]);
    await services.queue.drain();
    const [job] = await services.db
      .select()
      .from(backgroundJobs)
      .where(sql`${backgroundJobs.payload}->>'importId' = ${response.body.import.id}`);
    expect(job).toMatchObject({ type: 'candidates.import', status: 'succeeded', progress: 100 });
    const result = (await admin.get(`/api/v1/candidate-imports/${response.body.import.id}`)).body.import;
    expect(result).toMatchObject({ status: 'succeeded', progress: 100, processedRows: 1, createdCount: 1 });
    expect(await services.db.select().from(storedFiles).where(eq(storedFiles.ownerId, result.id))).toEqual(
      [],
    );

    const list = (await admin.get('/api/v1/candidate-imports?limit=2')).body.items;
    expect(list.map((item: { id: string }) => item.id)).toEqual([result.id, expect.any(String)]);
    expect(list[0]).not.toHaveProperty('errors');
  });

  it('rolls back a row whose write fails half-way, keeping the rows around it', async () => {
    // A trigger makes the 'created' event of one person fail after the candidate row was inserted.
    await services.db.execute(sql`
      create or replace function fail_for_trigger_person() returns trigger language plpgsql as $$
      begin
        if (select name from candidates where id = new.candidate_id) = 'Trigger Failure' then
          raise exception 'planned failure for this row';
        end if;
        return new;
      end $$`);
    await services.db.execute(sql`
      create trigger fail_for_trigger_person before insert on candidate_events
      for each row execute function fail_for_trigger_person()`);
    try {
      const result = await importCsv(
        'Name,Email,Skills\nBefore Trigger,before@example.org,Go\nTrigger Failure,trigger@example.org,Go\nAfter Trigger,after@example.org,Go\n',
        null,
      );
      expect(result).toMatchObject({ createdCount: 2, errorCount: 1 });
      expect(result.errors).toEqual([
        { row: 3, field: null, message: 'Could not be saved: planned failure for this row' },
      ]);
      const names = await services.db
        .select({ name: candidates.name })
        .from(candidates)
        .where(sql`${candidates.name} like '%Trigger%'`)
        .orderBy(asc(candidates.name));
      expect(names.map((row) => row.name)).toEqual(['After Trigger', 'Before Trigger']);
      const orphans = await services.db.execute(
        sql`select count(*)::int as n from candidate_skills s where not exists (select 1 from candidates c where c.id = s.candidate_id)`,
      );
      expect((orphans as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    } finally {
      await services.db.execute(sql`drop trigger fail_for_trigger_person on candidate_events`);
    }
  });

  it('refuses a file that breaks at the start, and fails an import that breaks further on before writing', async () => {
    const small = await upload(
      admin,
      '/api/v1/candidate-imports',
      'Name,Email\nFine Person,fine@example.org\n"Broken Quote,broken@example.org\nLater Person,later@example.org\n',
      { mapping: JSON.stringify({ name: 'Name', email: 'Email' }) },
    );
    expect(small.status).toBe(422);
    expect(small.body.error.message).toBe(
      'Row 3 opens a quoted value that is never closed, so the file cannot be read from there on.',
    );

    // Broken after the first 64 KB: accepted, then the counting pass finds it before a single row is written.
    const before = await candidateCount();
    const lines = ['Name,Email'];
    for (let index = 1; index <= 2000; index++)
      lines.push(`Long File Person ${index},long${index}@example.org`);
    lines.push('"Broken Quote,broken@example.org', 'Later Person,later@example.org');
    const result = await importCsv(lines.join('\n'), { name: 'Name', email: 'Email' });
    expect(result).toMatchObject({ status: 'failed', processedRows: 0, createdCount: 0, totalRows: null });
    expect(result.errors).toEqual([
      {
        row: 0,
        field: null,
        message:
          'Row 2002 opens a quoted value that is never closed, so the file cannot be read from there on.',
      },
    ]);
    expect(result.finishedAt).not.toBeNull();
    expect(await candidateCount()).toBe(before);
  });

  it('reads semicolon-separated Windows-1252 files from older Excel', async () => {
    const content = Buffer.from('Name;Email;City\nJürgen Müller;jurgen@example.org;Köln\n', 'latin1');
    const result = await importCsv(content, null);
    expect(result).toMatchObject({ status: 'succeeded', createdCount: 1, errorCount: 0 });
    const [row] = await services.db
      .select()
      .from(candidates)
      .where(eq(candidates.email, 'jurgen@example.org'));
    expect([row!.name, row!.location]).toEqual(['Jürgen Müller', 'Köln']);
  });

  it('refuses what cannot be imported, saying why', async () => {
    const noFile = await postForm(
      admin,
      '/api/v1/candidate-imports',
      await multipartBody({ dryRun: 'false' }),
    );
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.message).toBe('Attach a file in the field "file".');

    const missing = await upload(admin, '/api/v1/candidate-imports', 'Name,Email\nA,a@example.org\n', {
      mapping: JSON.stringify({ name: 'Name', email: 'E-mail Address' }),
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toEqual({
      code: 'validation_failed',
      message: 'The file has no column "E-mail Address".',
      details: [{ path: 'mapping.email', message: 'No column "E-mail Address" in the file.' }],
    });

    const noName = await upload(admin, '/api/v1/candidate-imports', 'Email\na@example.org\n', {});
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toBe('Map a column to the name (or to the first and last name).');

    const badFlag = await upload(admin, '/api/v1/candidate-imports', 'Name\nA\n', { dryRun: 'maybe' });
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.error.details).toEqual([{ path: 'dryRun', message: 'Use "true" or "false".' }]);

    const workbook = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    const xlsx = await upload(admin, '/api/v1/candidate-imports/preview', workbook, {}, 'people.xlsx');
    expect(xlsx.status).toBe(415);
    expect(xlsx.body.error.message).toBe(
      'This is an Excel workbook or another ZIP file, not CSV. In Excel, use File → Save As → “CSV UTF-8”.',
    );
  });

  it('documents every import route in a valid OpenAPI document', async () => {
    const document = (await app.inject({ url: '/api/openapi.json' })).json();
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    for (const [method, path] of [
      ['post', '/api/v1/candidate-imports/preview'],
      ['post', '/api/v1/candidate-imports'],
      ['get', '/api/v1/candidate-imports'],
      ['get', '/api/v1/candidate-imports/{id}'],
      ['get', '/api/v1/candidates/export'],
      ['post', '/api/v1/candidates/import-json'],
    ] as const) {
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('shows an organisation only its own imports', async () => {
    const other = (await signUpOrganisation(app, 'Other Import Co')).client;
    const mine = (await admin.get('/api/v1/candidate-imports')).body.items;
    expect(mine.length).toBeGreaterThan(0);
    const response = await other.get(`/api/v1/candidate-imports/${mine[0].id}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect((await other.get('/api/v1/candidate-imports')).body.items).toEqual([]);
  });
});
