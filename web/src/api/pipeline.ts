import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import { api } from './client';
import type { ItemList } from './types';

// Shapes from docs/api-v1-candidates.md (src/pipeline/pipeline.routes.ts, src/candidates/*.routes.ts).

export type StageKind = 'intake' | 'interview' | 'offer' | 'hired';

export type Stage = {
  key: string;
  name: string;
  kind: StageKind;
  position: number;
  /** Days a candidate should wait here at most; null for the last stage. */
  targetDays: number | null;
};

export type ApplicationStatus = 'active' | 'rejected' | 'withdrawn' | 'hired';

/** One application on the board. `id` is the application, `candidateId` the person. */
export type BoardCard = {
  id: string;
  candidateId: string;
  name: string;
  headline: string | null;
  location: string | null;
  source: string;
  tags: string[];
  /** Canonical skill ids, the five with most years first. */
  skills: string[];
  totalYears: number | null;
  stage: string;
  status: ApplicationStatus;
  daysInStage: number;
  /** Waited longer than the stage's target. */
  stalled: boolean;
  createdAt: string;
};

export type Board = { stages: Stage[]; cards: BoardCard[] };

export type BoardFilters = { skill?: string; source?: string; tag?: string; minDaysInStage?: number };

const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;
const candidatePath = (id: string) => `/candidates/${encodeURIComponent(id)}`;

/** Every board of a job, whatever the filters: what a move or a bulk action has to update. */
export const boardKey = (jobId: string) => ['jobs', jobId, 'board'] as const;

/**
 * Keeps every unchanged card the very same object, matched by id. The default structural sharing matches by
 * position, so one card moving to the top would give every card below it a new identity and re-render them all.
 */
function keepUnchangedCards(previous: unknown, next: unknown): Board {
  const before = previous as Board | undefined;
  const after = next as Board;
  if (!before) return after;
  const byId = new Map(before.cards.map((card) => [card.id, card]));
  let unchanged = before.cards.length === after.cards.length;
  const cards = after.cards.map((card, index) => {
    const old = byId.get(card.id);
    const kept = old && replaceEqualDeep(old, card) === old ? old : card;
    if (kept !== before.cards[index]) unchanged = false;
    return kept;
  });
  const stages = replaceEqualDeep(before.stages, after.stages);
  return unchanged && stages === before.stages ? before : { stages, cards };
}

export const boardQuery = (jobId: string, filters: BoardFilters) =>
  queryOptions({
    queryKey: [...boardKey(jobId), filters],
    structuralSharing: keepUnchangedCards,
    queryFn: async () => {
      // Closed cards always come along: the server counts hired ones as closed, yet the Hired column must
      // show them. The board hides only rejected and withdrawn ones, and "Show closed" is then instant.
      const board = await api.get<Board>(`${jobPath(jobId)}/board`, { ...filters, includeClosed: 'true' });
      // The server sends the longest waiting first; the board shows the newest arrivals on top, so a card
      // you just moved lands where you can see it.
      return { stages: board.stages, cards: board.cards.reverse() };
    },
  });

export type EmailPlan = { templateKey: string; delayHours: number };

export type BulkAction =
  | { action: 'move'; stage: string; email?: EmailPlan }
  | { action: 'reject'; reason: string; email?: EmailPlan }
  | { action: 'withdraw' }
  | { action: 'tag'; add: string[]; remove: string[] }
  | { action: 'email'; email: EmailPlan };

/** All or nothing: the server runs the action on every application in one transaction. */
export const runBulkAction = (jobId: string, applicationIds: string[], action: BulkAction) =>
  api
    .post<{ affected: number }>(`${jobPath(jobId)}/applications/bulk`, { ...action, applicationIds })
    .then((body) => body.affected);

export type RejectionReason = { code: string; label: string };

export const rejectionReasonsQuery = queryOptions({
  queryKey: ['rejection-reasons'],
  queryFn: () => api.get<ItemList<RejectionReason>>('/rejection-reasons').then((body) => body.items),
  staleTime: Number.POSITIVE_INFINITY,
});

export type EmailTemplate = { key: string; name: string; subject: string; body: string; customised: boolean };

export const emailTemplatesQuery = queryOptions({
  // Under 'email-templates' so that saving a template in Settings refreshes this list too.
  queryKey: ['email-templates', 'for-bulk-actions'],
  queryFn: () => api.get<ItemList<EmailTemplate>>('/email-templates').then((body) => body.items),
});

export type SkillMatch = { id: string; name: string };

export const skillMatchesQuery = (q: string) =>
  queryOptions({
    queryKey: ['pipeline', 'skills', q],
    queryFn: () =>
      api
        .get<ItemList<SkillMatch>>('/skills', { q, limit: 8 })
        .then((body) => body.items.map(({ id, name }) => ({ id, name }))),
    enabled: q.trim().length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });

export type CandidateProfile = {
  id: string;
  name: string;
  email: string | null;
  emails: string[];
  phone: string | null;
  phones: string[];
  location: string | null;
  timeZone: string | null;
  headline: string | null;
  /** `github` is a handle; the others are full URLs. */
  links: {
    github: string | null;
    linkedin: string | null;
    stackoverflow: string | null;
    website: string | null;
  };
  experience: { company: string | null; title: string | null; start: string | null; end: string | null }[];
  totalYears: number | null;
  source: string;
  tags: string[];
  skills: { skill: string; name: string; years: number | null }[];
  files: {
    id: string;
    filename: string;
    contentType: string;
    sizeBytes: number;
    purpose: string;
    createdAt: string;
  }[];
};

// Keys under ['candidates', id] so that changes made on the profile page refresh the drawer too.
export const candidateProfileQuery = (candidateId: string) =>
  queryOptions({
    queryKey: ['candidates', candidateId, 'board-drawer'],
    queryFn: () =>
      api.get<{ candidate: CandidateProfile }>(candidatePath(candidateId)).then((body) => body.candidate),
  });

export type TimelineEntry =
  | {
      kind: 'event';
      id: string;
      at: string;
      type: string;
      actor: string | null;
      jobId: string | null;
      fromStage: string | null;
      toStage: string | null;
      data: Record<string, unknown> | null;
    }
  | { kind: 'note'; id: string; at: string; actor: string | null; body: string; mentions: string[] }
  | { kind: 'email'; id: string; at: string; subject: string; status: string };

export const candidateTimelineQuery = (candidateId: string) =>
  queryOptions({
    queryKey: ['candidates', candidateId, 'board-drawer-timeline'],
    queryFn: () =>
      api.get<ItemList<TimelineEntry>>(`${candidatePath(candidateId)}/timeline`).then((body) => body.items),
  });

export const addNote = (
  candidateId: string,
  note: { body: string; mentions: string[]; applicationId: string },
) => api.post(`${candidatePath(candidateId)}/notes`, note);

export const fileUrl = (fileId: string) => `/api/v1/files/${encodeURIComponent(fileId)}`;

export type StageEdit = {
  /** Kept for an existing stage so its candidates stay in it; new stages get a key from their name. */
  key?: string;
  name: string;
  kind: StageKind;
  targetDays: number | null;
};

export const saveStages = (jobId: string, stages: StageEdit[]) =>
  api.put<{ stages: Stage[] }>(`${jobPath(jobId)}/stages`, { stages }).then((body) => body.stages);
