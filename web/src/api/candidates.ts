import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, uploadForm } from './client';
import type { ItemList, Page } from './types';

// Shapes from docs/api-v1-candidates.md (src/candidates/*.routes.ts).

const candidateSources = [
  'careers_page',
  'referral',
  'agency',
  'sourced',
  'import',
  'job_board',
  'manual',
  'past_candidate',
] as const;
export type CandidateSource = (typeof candidateSources)[number];

const skillSources = ['resume', 'candidate', 'interviewer', 'recruiter', 'import'] as const;
export type SkillSource = (typeof skillSources)[number];

export type DuplicateMatch = 'email' | 'phone' | 'github';
export type Duplicate = { id: string; name: string; matchedOn: DuplicateMatch[] };

export type CandidateListItem = {
  id: string;
  name: string;
  email: string | null;
  location: string | null;
  headline: string | null;
  source: CandidateSource;
  tags: string[];
  totalYears: number | null;
  createdAt: string;
};

/** `github` is a handle; the others are full URLs. */
export type CandidateLinks = {
  github: string | null;
  linkedin: string | null;
  stackoverflow: string | null;
  website: string | null;
};

/** Months are YYYY-MM; `end: null` means the job is current. */
export type ExperienceEntry = {
  company: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
};

export type EducationEntry = { school: string; degree: string | null; end: string | null };

export type SalaryExpectation = { amount: number; currency: string; period: 'year' | 'month' | 'hour' };

export type CandidateSkill = { skill: string; name: string; years: number | null; source: SkillSource };

export type CandidateApplication = {
  id: string;
  jobId: string;
  jobTitle: string;
  stage: string;
  /** What the stage is for; null before the job's stages were first set up. */
  stageKind: 'intake' | 'interview' | 'offer' | 'hired' | null;
  status: 'active' | 'rejected' | 'withdrawn' | 'hired';
  rejectionReason: string | null;
  createdAt: string;
};

type CandidateFile = {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  purpose: string;
  createdAt: string;
};

export type Candidate = {
  id: string;
  name: string;
  email: string | null;
  emails: string[];
  phone: string | null;
  phones: string[];
  location: string | null;
  timeZone: string | null;
  headline: string | null;
  links: CandidateLinks;
  experience: ExperienceEntry[];
  education: EducationEntry[];
  totalYears: number | null;
  salaryExpectation: SalaryExpectation | null;
  availableFrom: string | null;
  noticePeriodWeeks: number | null;
  source: CandidateSource;
  sourceDetail: string | null;
  tags: string[];
  consentAt: string | null;
  consentText: string | null;
  retainUntil: string | null;
  createdAt: string;
  updatedAt: string;
  skills: CandidateSkill[];
  applications: CandidateApplication[];
  files: CandidateFile[];
};

/** What the intake and edit forms send (POST and PUT /candidates). */
export type CandidateInput = {
  name: string;
  emails: string[];
  phones: string[];
  location: string | null;
  timeZone: string | null;
  headline: string | null;
  links: Partial<CandidateLinks>;
  skills: { skill: string; years: number | null; source: SkillSource }[];
  experience: ExperienceEntry[];
  education: EducationEntry[];
  totalYears: number | null;
  salaryExpectation: SalaryExpectation | null;
  availableFrom: string | null;
  noticePeriodWeeks: number | null;
  source: CandidateSource;
  sourceDetail: string | null;
  tags: string[];
  consent: boolean;
  retainUntil: string | null;
};

export type ParsedResume = {
  name: string | null;
  emails: string[];
  phones: string[];
  location: string | null;
  links: CandidateLinks;
  skills: { skill: string; name: string; years: number | null }[];
  experience: ExperienceEntry[];
  education: EducationEntry[];
  totalYears: number | null;
  warnings: string[];
};

export type ResumeParseResult = {
  upload: { id: string; filename: string; format: 'pdf' | 'docx' | 'text'; sizeBytes: number };
  parsed: ParsedResume;
  duplicates: Duplicate[];
};

export type TimelineItem =
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

export type SkillOption = { id: string; name: string; category: string; aliases: string[] };

export type CandidateSearch = {
  q?: string;
  skill?: string;
  source?: string;
  tag?: string;
  jobId?: string;
  page?: number;
};

export const candidatePageSize = 25;

const candidatePath = (id: string) => `/candidates/${encodeURIComponent(id)}`;

export const candidateSearchQuery = ({ page = 1, ...filters }: CandidateSearch) =>
  queryOptions({
    queryKey: ['candidates', 'search', filters, page],
    queryFn: () =>
      api.get<Page<CandidateListItem>>('/candidates', {
        ...filters,
        limit: candidatePageSize,
        offset: (page - 1) * candidatePageSize,
      }),
    // Keeps the last results on screen while the next keystroke's results load.
    placeholderData: keepPreviousData,
  });

export const candidateQuery = (id: string) =>
  queryOptions({
    queryKey: ['candidates', id],
    queryFn: () => api.get<{ candidate: Candidate }>(candidatePath(id)).then((body) => body.candidate),
  });

export const candidateTimelineQuery = (id: string) =>
  queryOptions({
    queryKey: ['candidates', id, 'timeline'],
    queryFn: () =>
      api.get<ItemList<TimelineItem>>(`${candidatePath(id)}/timeline`).then((body) => body.items),
  });

export const candidateDuplicatesQuery = (id: string) =>
  queryOptions({
    queryKey: ['candidates', id, 'duplicates'],
    queryFn: () => api.get<ItemList<Duplicate>>(`${candidatePath(id)}/duplicates`).then((body) => body.items),
  });

export const skillSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['skills', q],
    queryFn: () => api.get<ItemList<SkillOption>>('/skills', { q, limit: 8 }).then((body) => body.items),
    enabled: q.trim().length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const rejectionReasonsQuery = queryOptions({
  queryKey: ['rejection-reasons'],
  queryFn: () =>
    api.get<ItemList<{ code: string; label: string }>>('/rejection-reasons').then((body) => body.items),
  staleTime: Number.POSITIVE_INFINITY,
});

export const createCandidate = (body: {
  candidate: CandidateInput;
  resumeUploadId?: string;
  jobId?: string;
}) =>
  api.post<{ candidate: { id: string; name: string }; duplicates: Duplicate[]; unknownSkills: string[] }>(
    '/candidates',
    body,
  );

export const updateCandidate = (id: string, candidate: CandidateInput) =>
  api.put<{ candidate: { id: string; name: string }; unknownSkills: string[] }>(candidatePath(id), {
    candidate,
  });

export const addCandidateNote = (id: string, note: { body: string; mentions: string[] }) =>
  api.post(`${candidatePath(id)}/notes`, note);

export const mergeCandidates = (keepId: string, mergeId: string) =>
  api.post<{ candidate: { id: string; name: string } }>(`${candidatePath(keepId)}/merge`, { mergeId });

export const fileUrl = (fileId: string) => `/api/v1/files/${encodeURIComponent(fileId)}`;

/** Sends a résumé as multipart form data; `onProgress` gets a fraction between 0 and 1. */
export async function parseResume(file: File, onProgress: (fraction: number) => void) {
  const body = new FormData();
  body.append('file', file);
  return uploadForm<ResumeParseResult>('/resumes/parse', body, {
    onProgress,
    tooLargeMessage: 'The file is larger than 10 MB.',
  });
}

export const addCandidateToJob = (candidateId: string, jobId: string) =>
  api.post<{ application: { id: string; jobId: string; stage: string } }>(
    `${candidatePath(candidateId)}/applications`,
    { jobId },
  );
