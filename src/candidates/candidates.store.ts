import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/client.ts';
import { getSkill } from '../skills/taxonomy.ts';
import { applications, candidateNotes, candidateSkills, candidates } from './candidates.tables.ts';

export type CandidateRow = typeof candidates.$inferSelect;

export async function getCandidate(
  db: Executor,
  orgId: string,
  id: string,
): Promise<CandidateRow | undefined> {
  const [row] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, id), isNull(candidates.mergedIntoId)));
  return row;
}

export function listCandidateSkills(db: Executor, orgId: string, candidateId: string) {
  return db
    .select()
    .from(candidateSkills)
    .where(and(eq(candidateSkills.orgId, orgId), eq(candidateSkills.candidateId, candidateId)))
    .orderBy(sql`${candidateSkills.years} desc nulls last`, asc(candidateSkills.skill));
}

type SearchableCandidate = Pick<
  CandidateRow,
  'name' | 'emails' | 'location' | 'headline' | 'tags' | 'experience' | 'links' | 'resumeText'
>;

/** The text full-text search looks at: name, contacts, skills with their aliases, experience, résumé and notes. */
export function searchDocumentOf(
  candidate: SearchableCandidate,
  skillIds: string[],
  notes: string[],
): string {
  const document = [
    candidate.name,
    ...candidate.emails,
    candidate.location,
    candidate.headline,
    ...candidate.tags,
    ...skillIds.flatMap((id) => {
      const known = getSkill(id);
      return known ? [known.name, known.id, ...known.aliases] : [id];
    }),
    ...candidate.experience.flatMap((entry) => [entry.title, entry.company]),
    candidate.links.github,
    candidate.resumeText?.slice(0, 20_000),
    ...notes,
  ]
    .filter(Boolean)
    .join('\n');
  // People type "nunez" for "Núñez": the folded spelling is indexed too.
  const folded = foldAccents(document);
  return folded === document ? document : `${document}\n${folded}`;
}

/** Rebuilds a stored candidate's search document after what is searchable changed. */
export async function refreshSearchDocument(db: Executor, orgId: string, candidateId: string) {
  const candidate = await getCandidate(db, orgId, candidateId);
  if (!candidate) return;
  const skills = await listCandidateSkills(db, orgId, candidateId);
  const notes = await db
    .select({ body: candidateNotes.body })
    .from(candidateNotes)
    .where(and(eq(candidateNotes.orgId, orgId), eq(candidateNotes.candidateId, candidateId)));
  const searchDocument = searchDocumentOf(
    candidate,
    skills.map((skill) => skill.skill),
    notes.map((note) => note.body),
  );
  await db.update(candidates).set({ searchDocument }).where(eq(candidates.id, candidateId));
}

export const foldAccents = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** Words typed into search → a prefix query ("post gre" finds "PostgreSQL"); only letters and digits survive. */
export function toPrefixQuery(text: string): string | null {
  const words = foldAccents(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.]+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

export type CandidateSearch = {
  q?: string | undefined;
  skill?: string | undefined;
  source?: string | undefined;
  tag?: string | undefined;
  jobId?: string | undefined;
  limit: number;
  offset: number;
};

export async function searchCandidates(db: Executor, orgId: string, search: CandidateSearch) {
  const query = search.q ? toPrefixQuery(search.q) : null;
  const tsQuery = query ? sql`to_tsquery('simple', ${query})` : null;
  const conditions = [
    eq(candidates.orgId, orgId),
    isNull(candidates.mergedIntoId),
    isNull(candidates.anonymisedAt),
  ];
  if (tsQuery) conditions.push(sql`${candidates.searchVector} @@ ${tsQuery}`);
  if (search.source) conditions.push(eq(candidates.source, search.source));
  if (search.tag) conditions.push(sql`${candidates.tags} ? ${search.tag}`);
  if (search.skill) {
    // A semi-join through the (org_id, skill) index: far cheaper than probing every candidate row.
    conditions.push(
      sql`${candidates.id} in (select ${candidateSkills.candidateId} from ${candidateSkills} where ${candidateSkills.orgId} = ${orgId} and ${candidateSkills.skill} = ${search.skill})`,
    );
  }
  if (search.jobId) {
    conditions.push(
      sql`exists (select 1 from ${applications} where ${applications.candidateId} = ${candidates.id} and ${applications.jobId} = ${search.jobId})`,
    );
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: candidates.id,
        name: candidates.name,
        email: candidates.email,
        location: candidates.location,
        headline: candidates.headline,
        source: candidates.source,
        tags: candidates.tags,
        totalYears: candidates.totalYears,
        createdAt: candidates.createdAt,
      })
      .from(candidates)
      .where(where)
      .orderBy(
        ...(tsQuery ? [sql`ts_rank(${candidates.searchVector}, ${tsQuery}) desc`] : []),
        desc(candidates.createdAt),
        desc(candidates.id),
      )
      .limit(search.limit)
      .offset(search.offset),
    db.select({ value: count() }).from(candidates).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}
