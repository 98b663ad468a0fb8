import { queryOptions } from '@tanstack/react-query';
import type { Debrief, Decision } from '../../../src/interviews/debrief.ts';
import type { InterviewPlan } from '../../../src/interviews/interview-plan.ts';
import type { InterviewQuestion, SystemDesignPrompt } from '../../../src/interviews/question-bank.ts';
import type { Recommendation } from '../../../src/interviews/scorecard.ts';
import { api } from './client';
import type { ItemList } from './types';

// Shapes from src/interviews/interviews.contract.ts and interviews.routes.ts.

export type { Debrief, Decision, InterviewPlan, InterviewQuestion, Recommendation, SystemDesignPrompt };

type Person = { id: string; name: string };

export type InterviewStatus = 'scheduled' | 'cancelled' | 'completed';

export type Interview = {
  id: string;
  applicationId: string;
  candidate: Person;
  job: { id: string; title: string };
  planKey: string;
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  timeZone: string;
  location: string | null;
  videoUrl: string | null;
  status: InterviewStatus;
  sequence: number;
  interviewers: (Person & { role: string })[];
  /** The caller's own scorecard; null when the caller is not on the panel. */
  myScorecard: 'none' | 'draft' | 'submitted' | null;
  createdAt: string;
};

export type ScorecardValues = {
  ratings: Record<string, 1 | 2 | 3 | 4>;
  notes: Record<string, string>;
  redFlags: string[];
  recommendation: Recommendation | null;
  summary: string;
};

export type Scorecard = ScorecardValues & {
  id: string;
  interviewId: string;
  interview: { key: string; title: string; startsAt: string };
  author: Person;
  status: 'draft' | 'submitted';
  submittedAt: string | null;
  revision: number;
  updatedAt: string;
};

export type HiddenScorecard = {
  interviewId: string;
  interview: { key: string; title: string; startsAt: string };
  author: Person;
  submitted: boolean;
  reason: 'draft_of_other' | 'submit_yours_first';
};

export type AnchoredLevel = { rating: 1 | 2 | 3 | 4; label: string; description: string; anchor: string };

export type FocusAttribute = {
  id: string;
  name: string;
  kind: string;
  category: string | null;
  builtIn?: boolean;
  anchors: AnchoredLevel[];
};

export type Kit = {
  interview: Interview;
  purpose: string | null;
  candidate: {
    id: string;
    name: string;
    headline: string | null;
    location: string | null;
    totalYears: number | null;
    skills: { skill: string; name: string; years: number | null }[];
    experience: { company: string | null; title: string | null; start: string | null; end: string | null }[];
    resumeFileId: string | null;
  };
  job: { id: string; title: string; seniority: string };
  mustHaves: { skill: string; name: string; level: string; minYears: number | null; assessedHere: boolean }[];
  focus: FocusAttribute[];
  questions: InterviewQuestion[];
  systemDesignPrompts: SystemDesignPrompt[];
  redFlags: { id: string; label: string; listenFor: string; onScorecard: boolean }[];
  notes: Scorecard | null;
};

export type DebriefView = {
  application: { id: string; candidate: Person; job: { id: string; title: string } };
  interviews: { key: string; title: string; focus: { id: string; name: string }[] }[];
  debrief: Debrief;
  hiddenSubmitted: number;
  decision: HiringDecision | null;
};

export type HiringDecision = {
  id: string;
  decision: Decision;
  rationale: string;
  decidedBy: Person | null;
  decidedAt: string;
};

export type PlanEnvelope = {
  jobId: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  plan: InterviewPlan;
};

export type ScheduleValues = {
  planKey: string;
  interviewerIds: string[];
  startsAt: string;
  durationMinutes?: number;
  timeZone: string;
  location?: string | null;
  videoUrl?: string | null;
};

const interviewPath = (id: string) => `/interviews/${encodeURIComponent(id)}`;
const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;

export const interviewsQuery = (filters: { scope: 'mine' | 'all'; applicationId?: string }) =>
  queryOptions({
    queryKey: ['interviews', filters],
    queryFn: () => api.get<ItemList<Interview>>('/interviews', filters).then((body) => body.items),
  });

export const kitQuery = (interviewId: string) =>
  queryOptions({
    queryKey: ['interviews', interviewId, 'kit'],
    queryFn: () => api.get<{ kit: Kit }>(`${interviewPath(interviewId)}/kit`).then((body) => body.kit),
  });

export const applicationScorecardsQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'scorecards'],
    queryFn: () =>
      api.get<{ items: Scorecard[]; hidden: HiddenScorecard[]; youHaveSubmitted: boolean }>(
        `${applicationPath(applicationId)}/scorecards`,
      ),
  });

export const debriefQuery = (applicationId: string, proposed?: Decision) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'debrief', proposed ?? null],
    queryFn: () => api.get<DebriefView>(`${applicationPath(applicationId)}/debrief`, { proposed }),
  });

export const interviewPlanQuery = (jobId: string) =>
  queryOptions({
    queryKey: ['jobs', jobId, 'interview-plan'],
    queryFn: () =>
      api
        .get<{ plan: PlanEnvelope }>(`/jobs/${encodeURIComponent(jobId)}/interview-plan`)
        .then((body) => body.plan),
  });

export const scheduleInterview = (applicationId: string, values: ScheduleValues) =>
  api.post<{ interview: Interview }>(`${applicationPath(applicationId)}/interviews`, values);

export const cancelInterview = (interviewId: string, reason: string) =>
  api.post<{ interview: Interview }>(`${interviewPath(interviewId)}/cancel`, { reason });

export type MyScorecard = {
  scorecard: Scorecard | null;
  focus: FocusAttribute[];
  revisions: { revision: number; submittedAt: string; replacedAt: string; data: ScorecardValues }[];
};

export const myScorecardKey = (interviewId: string) => ['interviews', interviewId, 'scorecard'] as const;

export const myScorecardQuery = (interviewId: string) =>
  queryOptions({
    queryKey: myScorecardKey(interviewId),
    queryFn: () => api.get<MyScorecard>(`${interviewPath(interviewId)}/scorecard`),
  });

/** Autosave: partial drafts are fine. */
export const saveScorecardDraft = (interviewId: string, values: ScorecardValues) =>
  api.put<MyScorecard>(`${interviewPath(interviewId)}/scorecard`, values);

export const submitScorecard = (interviewId: string, values: ScorecardValues) =>
  api.post<MyScorecard>(`${interviewPath(interviewId)}/scorecard`, values);

export const recordDecision = (applicationId: string, decision: Decision, rationale: string) =>
  api.post<{ decision: HiringDecision }>(`${applicationPath(applicationId)}/decision`, {
    decision,
    rationale,
  });

export type BankEntry = (InterviewQuestion | SystemDesignPrompt) & {
  source: 'shipped' | 'own';
  retired: boolean;
};

export type OwnQuestionValues = Omit<InterviewQuestion, 'id'>;

export const questionBankQuery = (filters: { theme?: string; q?: string }) =>
  queryOptions({
    queryKey: ['question-bank', filters],
    queryFn: () => api.get<ItemList<BankEntry>>('/question-bank', filters).then((body) => body.items),
  });

export const addOwnQuestion = (values: OwnQuestionValues) =>
  api.post<{ question: BankEntry }>('/question-bank', values);

export const editOwnQuestion = (key: string, values: OwnQuestionValues) =>
  api.put<{ question: BankEntry }>(`/question-bank/${encodeURIComponent(key)}`, values);

export const setQuestionRetired = (key: string, retired: boolean) =>
  api.post(`/question-bank/${encodeURIComponent(key)}/${retired ? 'retire' : 'restore'}`);
