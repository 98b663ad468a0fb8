/**
 * Candidate search latency at 100,000 candidates.
 *
 *   npx tsx bench/candidate-search.ts [--candidates 100000] [--queries 200]
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/candidate-search.ts
 *
 * Prints the median and p95 of the real search (full-text index) and, as the baseline in the same run, of a
 * naive ILIKE scan over the same rows. Aim: full-text median under 100 ms.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { organisations } from '../src/accounts/accounts.tables.ts';
import { searchCandidates } from '../src/candidates/candidates.store.ts';
import { candidateSkills, candidates } from '../src/candidates/candidates.tables.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { createScratchDatabase } from '../src/platform/db/scratch-database.ts';
import { allSkills } from '../src/skills/taxonomy.ts';

const { values } = parseArgs({
  options: { candidates: { type: 'string', default: '100000' }, queries: { type: 'string', default: '200' } },
});
const total = Number(values.candidates);
const queryCount = Number(values.queries);

const firstNames = [
  'Ada',
  'Grace',
  'Alan',
  'Linus',
  'Barbara',
  'Ken',
  'Margaret',
  'Dennis',
  'Radia',
  'Edsger',
  'Frances',
  'Tim',
  'Hedy',
  'Guido',
  'Yukihiro',
  'Anders',
  'Sophie',
  'Mateo',
  'Aisha',
  'Wei',
  'Priya',
  'Olumide',
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
  'Hamilton',
  'Ritchie',
  'Perlman',
  'Dijkstra',
  'Allen',
  'Berners-Lee',
  'Lamarr',
  'van Rossum',
  'Matsumoto',
  'Hejlsberg',
  'Wilson',
  'García',
  'Bello',
  'Chen',
  'Raman',
  'Adeyemi',
  'Ångström',
  'Müller',
  'Nowak',
];
const skills = allSkills().filter((skill) =>
  ['languages', 'frameworks', 'databases', 'cloud', 'devops'].includes(skill.category),
);

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

async function openBenchDatabase() {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl)
    return { database: await openDatabase({ kind: 'pglite', dataDir: null }), drop: async () => {} };
  const scratch = await createScratchDatabase(serverUrl, 'hb_bench');
  return { database: await openDatabase({ kind: 'postgres', url: scratch.url }), drop: scratch.drop };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function time(label: string, run: (index: number) => Promise<unknown>) {
  const durations: number[] = [];
  for (let index = 0; index < queryCount; index++) {
    const started = performance.now();
    await run(index);
    durations.push(performance.now() - started);
  }
  durations.sort((left, right) => left - right);
  const median = percentile(durations, 50);
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p95 ${percentile(durations, 95).toFixed(1).padStart(7)} ms`,
  );
  return median;
}

const { database, drop } = await openBenchDatabase();
try {
  await database.migrate();
  const { db } = database;
  const [organisation] = await db.insert(organisations).values({ name: 'Bench', slug: 'bench' }).returning();
  const orgId = organisation!.id;

  const seedStarted = performance.now();
  const batchSize = 1000;
  for (let offset = 0; offset < total; offset += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, total - offset) }, (_, index) => {
      const name = `${pick(firstNames)} ${pick(lastNames)}`;
      const owned = Array.from({ length: 5 }, () => pick(skills));
      return {
        row: {
          orgId,
          name,
          email: `person${offset + index}@example.com`,
          links: { github: null, linkedin: null, stackoverflow: null, website: null },
          source: 'import',
          searchDocument: [
            name,
            `person${offset + index}@example.com`,
            ...owned.flatMap((skill) => [skill.name, skill.id]),
          ].join('\n'),
        },
        skills: [...new Set(owned.map((skill) => skill.id))],
      };
    });
    const inserted = await db
      .insert(candidates)
      .values(rows.map((entry) => entry.row))
      .returning({ id: candidates.id });
    await db.insert(candidateSkills).values(
      inserted.flatMap(({ id }, index) =>
        rows[index]!.skills.map((skill) => ({
          orgId,
          candidateId: id,
          skill,
          years: Math.round(random() * 10),
          source: 'import' as const,
        })),
      ),
    );
  }
  await db.execute(sql`analyze`);
  console.log(
    `${database.kind}: seeded ${total.toLocaleString('en-US')} candidates in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
  );

  const terms = ['postgres', 'kubernetes', 'lovelace', 'gr', 'python django', 'müller', 'terraform aws'];
  const fullText = await time('full-text search (GIN index), page of 25', (index) =>
    searchCandidates(db, orgId, { q: terms[index % terms.length], limit: 25, offset: 0 }),
  );
  await time('skill filter (candidate_skills index)', (index) =>
    searchCandidates(db, orgId, {
      skill: pick(skills).id,
      limit: 25,
      offset: 0,
      ...(index % 2 ? { q: 'a' } : {}),
    }),
  );
  // The baseline answers the same question the same way (a page plus the total) without the index.
  const scan = await time('baseline: ILIKE scan, page of 25 + total', async (index) => {
    const pattern = `%${terms[index % terms.length]!.split(' ')[0]}%`;
    await Promise.all([
      db.execute(
        sql`select id, name from candidates where org_id = ${orgId} and search_document ilike ${pattern} order by created_at desc limit 25`,
      ),
      db.execute(
        sql`select count(*) from candidates where org_id = ${orgId} and search_document ilike ${pattern}`,
      ),
    ]);
  });
  console.log(
    `full-text median ${fullText.toFixed(1)} ms vs scan ${scan.toFixed(1)} ms (${(scan / fullText).toFixed(1)}×); aim < 100 ms: ${fullText < 100 ? 'met' : 'NOT met'}`,
  );
} finally {
  await database.close();
  await drop();
}
