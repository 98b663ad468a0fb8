import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/support/test-services.ts';
import { createOrganisationWithAdmin } from '../../accounts/accounts.service.ts';
import type { Services } from '../../platform/services.ts';
import { candidates } from '../candidates.tables.ts';
import { listImports } from './import.store.ts';
import { formatDuration, importCandidatesCommand, progressReporter } from './import-command.ts';
import { emptyTally } from './import-engine.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'hirebench-import-'));
const fixture = path.resolve('test/fixtures/csv/candidates-with-problems.csv');

let services: Services & { close(): Promise<void> };
let orgId: string;
let slug: string;

beforeAll(async () => {
  services = await createTestServices();
  const { organisation } = await createOrganisationWithAdmin(services.db, {
    organisationName: 'CLI Co',
    name: 'Cli Admin',
    email: 'cli.admin@example.org',
    password: 'correct horse battery',
  });
  orgId = organisation.id;
  slug = organisation.slug;
});
afterAll(() => services.close());

function fakeOutput(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = {
    isTTY,
    write: (chunk: string) => {
      chunks.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join(''), chunks };
}

const candidateCount = async () =>
  (await services.db.select({ value: count() }).from(candidates).where(eq(candidates.orgId, orgId)))[0]!
    .value;

describe('hirebench import candidates', () => {
  it('dry run: prints what would happen and the failed rows, writes nothing, exits 1', async () => {
    const output = fakeOutput(false);
    const code = await importCandidatesCommand(
      services,
      { file: fixture, org: slug, dryRun: true },
      output.stream,
    );
    expect(code).toBe(1);
    const lines = output.text().split('\n');
    expect(lines[0]).toBe(
      'Importing candidates-with-problems.csv into CLI Co (dry run: nothing will be written)',
    );
    expect(lines[1]).toBe(
      'Mapping: name ← "Full Name", email ← "E-mail Address", phone ← "Mobile", location ← "City", github ← "GitHub", skills ← "Skills", totalYears ← "Years of experience", source ← "Source", tags ← "Tags", externalId ← "External ID"',
    );
    expect(lines[2]).toMatch(/^100% {2}6\/6 rows {2}[\d,]+ rows\/s {2}ETA 0:00$/);
    expect(lines[3]).toMatch(
      /^Dry run finished in \d+\.\d s \([\d,]+ rows\/s\): 6 rows — 3 would be created, 0 would be updated, 3 failed, 2 warnings\.$/,
    );
    expect(lines.slice(4)).toEqual([
      'Nothing was written.',
      '',
      'Rows that failed validation:',
      '  Row 4, name: Enter a name.',
      '  Row 5, email: Not a valid e-mail address: "linus@".',
      '  Row 6: Has 13 values but the header has 11 columns; a value probably contains an unquoted comma. Nothing of this row was imported.',
      '',
    ]);
    expect(await candidateCount()).toBe(0);
  });

  it('imports with a mapping file and records the import like the API does', async () => {
    const mappingFile = path.join(folder, 'mapping.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({ name: 'Full Name', email: 'E-mail Address', skills: 'Skills' }),
    );
    const output = fakeOutput(false);
    const code = await importCandidatesCommand(
      services,
      { file: fixture, org: slug, mapping: mappingFile },
      output.stream,
    );
    expect(code).toBe(1);
    expect(output.text()).toContain(
      'Mapping: name ← "Full Name", email ← "E-mail Address", skills ← "Skills"\n',
    );
    expect(output.text()).toMatch(/: 6 rows — 3 created, 0 updated, 3 failed, 2 warnings\.\n/);
    expect(output.text()).toContain(
      'Rows that failed (nothing of them was written):\n  Row 4, name: Enter a name.\n',
    );
    expect(await candidateCount()).toBe(3);
    const [latest] = await listImports(services.db, orgId, 1);
    expect(latest).toMatchObject({
      filename: 'candidates-with-problems.csv',
      fileId: null,
      createdBy: null,
      status: 'succeeded',
      totalRows: 6,
      processedRows: 6,
      createdCount: 3,
      errorCount: 3,
    });
  });

  it('draws a progress bar in place on a terminal and exits 0 when every row landed', async () => {
    const file = path.join(folder, 'clean.csv');
    const lines = ['Name,Email'];
    for (let index = 1; index <= 1100; index++) lines.push(`Clean Person ${index},clean${index}@example.org`);
    writeFileSync(file, lines.join('\n'));
    const output = fakeOutput(true);
    const code = await importCandidatesCommand(services, { file, org: slug }, output.stream);
    expect(code).toBe(0);
    const bars = output.chunks.filter((chunk) => chunk.startsWith('\r['));
    expect(bars.map((bar) => /\] +(\d+)% {2}([\d,]+)\/1,100 rows/.exec(bar)?.slice(1))).toEqual([
      ['45', '500'],
      ['90', '1,000'],
      ['100', '1,100'],
      ['100', '1,100'],
    ]);
    expect(bars[0]).toMatch(/^\r\[█{9}░{11}\] {2}45% {2}500\/1,100 rows {2}[\d,]+ rows\/s {2}ETA \d+:\d\d$/);
    expect(output.text()).toMatch(
      /\n(Done in \d+\.\d s \([\d,]+ rows\/s\): 1,100 rows — 1,100 created, 0 updated, 0 failed\.)\n$/,
    );
    expect(await candidateCount()).toBe(1103);
  });

  it('explains what it cannot do in one line', async () => {
    const output = fakeOutput(false);
    await expect(
      importCandidatesCommand(services, { file: fixture, org: 'nope' }, output.stream),
    ).rejects.toThrow('No organisation has the slug "nope".');
    await expect(
      importCandidatesCommand(services, { file: path.join(folder, 'missing.csv'), org: slug }, output.stream),
    ).rejects.toThrow(`Cannot read ${path.join(folder, 'missing.csv')}.`);
    const mappingFile = path.join(folder, 'wrong-mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ name: 'Name' }));
    await expect(
      importCandidatesCommand(services, { file: fixture, org: slug, mapping: mappingFile }, output.stream),
    ).rejects.toThrow('The file has no column "Name" (mapped to name).');
    expect(output.text()).toBe('');
  });
});

describe('progress display', () => {
  it('prints a line per 10% when not on a terminal, with rows per second and the time left', () => {
    let clock = 0;
    const output = fakeOutput(false);
    const progress = progressReporter(output.stream, () => clock);
    const tally = emptyTally(1000);
    for (const processed of [50, 100, 150, 500, 1000]) {
      clock = processed * 10; // 100 rows per second
      progress.update({ ...tally, processedRows: processed });
    }
    expect(output.chunks).toEqual([
      '  5%  50/1,000 rows  100 rows/s  ETA 0:10\n',
      ' 10%  100/1,000 rows  100 rows/s  ETA 0:09\n',
      ' 50%  500/1,000 rows  100 rows/s  ETA 0:05\n',
      '100%  1,000/1,000 rows  100 rows/s  ETA 0:00\n',
    ]);
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('?');
  });
});
