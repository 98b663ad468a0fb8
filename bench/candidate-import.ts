/**
 * The CSV import at scale: generates a CSV of N candidates (default 100,000) in /tmp, imports it into a fresh
 * PGlite database through the same streaming path as `hirebench import candidates`, and prints the time,
 * rows per second and peak memory (RSS and JS heap, sampled) against the process's memory before the run, to
 * show the rows are never all in memory; --reimport runs the same file again (every row an update).
 *
 *   npm run bench:import -- [--rows 100000] [--batch 500] [--reimport] [--in-memory]
 *
 * By default the database lives in a temporary directory on disk, so RSS measures the importer rather than
 * the database pages (with --in-memory the whole database is in RSS too).
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { count, eq } from 'drizzle-orm';
import { organisations } from '../src/accounts/accounts.tables.ts';
import { candidates } from '../src/candidates/candidates.tables.ts';
import { suggestMapping } from '../src/candidates/import/csv-mapping.ts';
import { fileSource, readCsvHeader } from '../src/candidates/import/csv-reader.ts';
import { runCsvImport } from '../src/candidates/import/import.service.ts';
import { insertImport } from '../src/candidates/import/import.store.ts';
import { progressReporter } from '../src/candidates/import/import-command.ts';
import { openDatabase } from '../src/platform/db/client.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '500' },
    reimport: { type: 'boolean', default: false },
    'in-memory': { type: 'boolean', default: false },
  },
});
const total = Number(values.rows);
const batchSize = Number(values.batch);

const firstNames = [
  'Ada',
  'Grace',
  'Alan',
  'Linus',
  'Barbara',
  'Ken',
  'Margaret',
  'Radia',
  'Zoë',
  'Jürgen',
  'Łucja',
];
const lastNames = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Torvalds',
  'Liskov',
  'Thompson',
  'Perlman',
  'Müller',
  'Nowak',
];
const cities = ['London', 'Berlin', 'Lagos', 'São Paulo', 'Bangalore', 'Toronto', 'Kraków', '"Portland, OR"'];
const skills = [
  'Go',
  'PostgreSQL',
  'Kubernetes',
  'Rust',
  'Python',
  'TypeScript',
  'Kafka',
  'Redis',
  'AWS',
  'Terraform',
];

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const number = (value: number) => value.toLocaleString('en-US');

/** Peak RSS and JS heap, sampled every 100 ms while a phase runs. */
function sampleMemory() {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

async function generate(file: string) {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write('External ID,Full Name,Email,Phone,City,GitHub,Skills,Years of experience,Tags,Notes');
  let bad = 0;
  for (let index = 1; index <= total; index++) {
    // One row in a hundred has a broken e-mail, so the error path runs at scale too.
    const broken = index % 100 === 0;
    if (broken) bad++;
    const owned = [...new Set([pick(skills), pick(skills), pick(skills)])].join('; ');
    await write(
      [
        `C-${index}`,
        `${pick(firstNames)} ${pick(lastNames)}`,
        broken ? `person${index}@` : `person${index}@example.com`,
        `+44 7700 ${String(900000 + (index % 100000)).padStart(6, '0')}`,
        pick(cities),
        `dev${index}`,
        `"${owned}"`,
        String(Math.floor(random() * 25)),
        pick(['backend', 'platform', 'data', 'backend;senior']),
        '"Some notes, with a comma"',
      ].join(','),
    );
  }
  out.end();
  await once(out, 'finish');
  return bad;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'hirebench-import-scale-'));
const csvFile = path.join(scratch, `candidates-${total}.csv`);
const generated = performance.now();
const badRows = await generate(csvFile);
console.log(
  `Generated ${number(total)} rows (${number(badRows)} with a broken e-mail) in ${((performance.now() - generated) / 1000).toFixed(1)} s: ${csvFile}, ${mb(statSync(csvFile).size)}`,
);

const database = await openDatabase({
  kind: 'pglite',
  dataDir: values['in-memory'] ? null : path.join(scratch, 'pgdata'),
});
try {
  await database.migrate();
  const { db } = database;
  const [organisation] = await db.insert(organisations).values({ name: 'Scale', slug: 'scale' }).returning();
  const orgId = organisation!.id;
  const source = fileSource(csvFile);
  const { headers } = await readCsvHeader(source);
  const mapping = suggestMapping(headers);
  console.log(`Mapping: ${JSON.stringify(mapping)}`);
  console.log(
    `Database: PGlite ${values['in-memory'] ? 'in memory' : `on disk (${scratch})`}; batches of ${batchSize}`,
  );

  const runs = values.reimport ? ['first import', 're-import of the same file'] : ['first import'];
  for (const label of runs) {
    const before = process.memoryUsage();
    const row = await insertImport(db, {
      orgId,
      filename: path.basename(csvFile),
      fileId: null,
      mapping,
      dryRun: false,
      createdBy: null,
    });
    const memory = sampleMemory();
    const progress = progressReporter(process.stdout);
    const loadBefore = loadavg()[0]!;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await runCsvImport(db, source, {
      orgId,
      importId: row.id,
      actorUserId: null,
      batchSize,
      onProgress: (tally) => progress.update(tally),
    });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const peak = memory.stop();
    const [stored] = await db.select({ value: count() }).from(candidates).where(eq(candidates.orgId, orgId));
    console.log(`\n${label}: ${result.status}`);
    console.log(
      `  rows ${number(result.processedRows)} of ${number(result.totalRows ?? 0)}: ${number(result.createdCount)} created, ${number(result.updatedCount)} updated, ${number(result.errorCount)} failed; candidates in the database: ${number(stored!.value)}`,
    );
    console.log(
      `  time ${seconds.toFixed(1)} s, ${number(Math.round(result.processedRows / seconds))} rows/s`,
    );
    // The database runs in this process (PGlite is WebAssembly), so CPU time covers importer and database alike
    // and, unlike wall time, does not depend on what else the machine is doing.
    console.log(
      `  CPU ${cpuSeconds.toFixed(1)} s (${number(Math.round(result.processedRows / cpuSeconds))} rows per CPU second); machine load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log(
      `  memory: RSS ${mb(before.rss)} before, peak ${mb(peak.rss)}; JS heap ${mb(before.heapUsed)} before, peak ${mb(peak.heapUsed)}`,
    );
  }
} finally {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
}
