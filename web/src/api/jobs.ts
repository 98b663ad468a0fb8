import { queryOptions } from '@tanstack/react-query';
import type { Blueprint, Finding } from '../domain/hiring-domain';
import { api } from './client';
import type { ItemList } from './types';

// Shapes from src/roles/roles.contract.ts and src/candidates/applications.routes.ts.

export type JobStatus = 'draft' | 'open' | 'paused' | 'closed';

export type Job = {
  id: string;
  title: string;
  slug: string;
  status: JobStatus;
  blueprintId: string | null;
  blueprintVersion: number | null;
  blueprintLatestVersion: number | null;
  /** True once someone edited the posting text by hand. */
  postingEdited: boolean;
  applicationCount: number;
  ownerId: string | null;
  /** Closing date, YYYY-MM-DD. */
  validThrough: string | null;
  openedAt: string | null;
  closedAt: string | null;
  /** The public page candidates apply on. */
  careersUrl: string;
  createdAt: string;
  updatedAt: string;
};

export type ScreeningQuestion = {
  id: string;
  question: string;
  kind: 'text' | 'yes_no';
  required: boolean;
};

export type JobDetail = Job & {
  blueprint: Blueprint;
  postingMarkdown: string;
  /** Rendered and sanitised by the server. */
  postingHtml: string;
  screeningQuestions: ScreeningQuestion[];
  /** The advisor over the blueprint and the posting text. */
  findings: Finding[];
};

export type JobChanges = {
  title?: string;
  postingMarkdown?: string;
  screeningQuestions?: ScreeningQuestion[];
  validThrough?: string | null;
  ownerId?: string | null;
};

export type Application = {
  id: string;
  stage: string;
  status: string;
  source: string;
  createdAt: string;
  answers: { questionId: string; question: string; answer: string }[];
  resumeFileId: string | null;
  candidate: {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    location: string | null;
    /** `github` is a handle; the others are full URLs. */
    links: {
      github: string | null;
      linkedin: string | null;
      stackoverflow: string | null;
      website: string | null;
    };
    consentAt: string | null;
  };
};

const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;

export const jobsQuery = (status?: JobStatus) =>
  queryOptions({
    queryKey: ['jobs', { status }],
    queryFn: () => api.get<ItemList<Job>>('/jobs', { status }).then((body) => body.items),
  });

export const jobQuery = (id: string) =>
  queryOptions({
    queryKey: ['jobs', id],
    queryFn: () => api.get<{ job: JobDetail }>(jobPath(id)).then((body) => body.job),
  });

export const applicationsQuery = (jobId: string) =>
  queryOptions({
    queryKey: ['jobs', jobId, 'applications'],
    queryFn: () =>
      api.get<ItemList<Application>>(`${jobPath(jobId)}/applications`).then((body) => body.items),
  });

export const updateJob = (id: string, changes: JobChanges) =>
  api.patch<{ job: JobDetail }>(jobPath(id), changes).then((body) => body.job);

/** Takes the blueprint's latest version; `regeneratePosting: false` keeps the hand-edited text. */
export const syncJobWithBlueprint = (id: string, regeneratePosting: boolean) =>
  api
    .post<{ job: JobDetail }>(`${jobPath(id)}/sync-blueprint`, { regeneratePosting })
    .then((body) => body.job);

export const changeJobStatus = (id: string, status: JobStatus) =>
  api.post<{ job: JobDetail }>(`${jobPath(id)}/status`, { status }).then((body) => body.job);

export const resumeDownloadUrl = (fileId: string) => `/api/v1/files/${encodeURIComponent(fileId)}`;
