import type { CandidateSearch } from '../../api/candidates';

/** The pool's query and filters live in the URL, so a search can be shared, bookmarked and gone back to. */
export type PoolSearch = CandidateSearch;

// The router reads `?q=2020` as a number, so numbers count as text too.
function text(value: unknown, max: number): string | undefined {
  const written = typeof value === 'number' ? String(value) : value;
  return typeof written === 'string' && written.trim() ? written.trim().slice(0, max) : undefined;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validatePoolSearch(search: Record<string, unknown>): PoolSearch {
  const page = Number(search.page);
  return {
    q: text(search.q, 200),
    skill: text(search.skill, 80),
    source: text(search.source, 40),
    tag: text(search.tag, 40),
    // A mangled job id would only make the search fail; it is dropped instead.
    jobId: typeof search.jobId === 'string' && uuidPattern.test(search.jobId) ? search.jobId : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export type NewCandidateMode = 'resume' | 'manual';

export const validateNewCandidateSearch = (search: Record<string, unknown>): { mode: NewCandidateMode } => ({
  mode: search.mode === 'manual' ? 'manual' : 'resume',
});

const profileTabs = ['overview', 'applications', 'resume', 'references', 'timeline'] as const;
export type ProfileTab = (typeof profileTabs)[number];

export const validateProfileSearch = (
  search: Record<string, unknown>,
): { tab?: ProfileTab; edit?: true } => ({
  tab: profileTabs.find((tab) => tab === search.tab),
  edit: search.edit === true || search.edit === 'true' ? true : undefined,
});

export const validateImportSearch = (search: Record<string, unknown>): { importId?: string } => ({
  importId:
    typeof search.importId === 'string' && uuidPattern.test(search.importId) ? search.importId : undefined,
});
