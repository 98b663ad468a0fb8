import { queryOptions } from '@tanstack/react-query';
import { api } from './client';
import type { Interview } from './interviews';
import type { ItemList } from './types';

// Shapes from src/interviews/self-scheduling.routes.ts, references.routes.ts and interviews.routes.ts.

// ---------------------------------------------------------------------------------------------------------
// Availability of the signed-in user

export type AvailabilityWindow = {
  id: string;
  kind: 'weekly' | 'once';
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number | null;
  startTime: string | null;
  endTime: string | null;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
};

export type NewWindow =
  | { kind: 'weekly'; weekday: number; startTime: string; endTime: string; timeZone: string }
  | { kind: 'once'; startsAt: string; endsAt: string; timeZone: string };

export const availabilityQuery = queryOptions({
  queryKey: ['account', 'availability'],
  queryFn: () => api.get<ItemList<AvailabilityWindow>>('/account/availability').then((body) => body.items),
});

export const addAvailabilityWindow = (window: NewWindow) =>
  api.post<{ window: AvailabilityWindow }>('/account/availability', window);

export const removeAvailabilityWindow = (id: string) =>
  api.delete(`/account/availability/${encodeURIComponent(id)}`);

// ---------------------------------------------------------------------------------------------------------
// Scheduling links (the hiring team) and the candidate's public page

export type SchedulingLinkValues = {
  planKey: string;
  interviewerIds: string[];
  durationMinutes?: number;
  mode: 'all' | 'any';
  timeZone: string;
  location?: string | null;
  videoUrl?: string | null;
  expiresInDays: number;
};

export const sendSchedulingLink = (applicationId: string, values: SchedulingLinkValues) =>
  api.post<{ link: { id: string; expiresAt: string; durationMinutes: number }; url: string }>(
    `/applications/${encodeURIComponent(applicationId)}/scheduling-links`,
    values,
  );

export type PublicSlot = {
  start: string;
  end: string;
  localStartIso: string;
  localStart: string;
  localEnd: string;
  offsetLabel: string;
};

export type PublicScheduling = {
  organisation: string;
  job: string;
  candidateFirstName: string;
  title: string;
  durationMinutes: number;
  expiresAt: string;
  timeZone: string;
  days: { date: string; label: string; slots: PublicSlot[] }[];
};

export const publicSchedulingQuery = (token: string, timeZone: string) =>
  queryOptions({
    queryKey: ['public-scheduling', token, timeZone],
    queryFn: () =>
      api.get<PublicScheduling>(`/public/scheduling/${encodeURIComponent(token)}`, { tz: timeZone }),
    retry: false,
    placeholderData: (previous) => previous,
  });

export const bookPublicSlot = (token: string, start: string, timeZone: string) =>
  api.post<{ interview: { title: string; startsAt: string; endsAt: string } }>(
    `/public/scheduling/${encodeURIComponent(token)}`,
    { start, timeZone },
  );

// ---------------------------------------------------------------------------------------------------------
// References

export type ReferenceAnswers = {
  deadlinesMet: string;
  technicalDisagreements: string;
  problemsFlaggedEarly: string;
  wouldWorkAgain: 'yes' | 'maybe' | 'no';
  wouldWorkAgainWhy: string;
  comments: string;
};

export type Reference = {
  id: string;
  refereeName: string;
  refereeEmail: string;
  relationship: string;
  status: 'requested' | 'received' | 'expired';
  requestedAt: string;
  expiresAt: string;
  submittedAt: string | null;
  answers: ReferenceAnswers | null;
};

export type ReferenceQuestion = { key: keyof ReferenceAnswers; question: string };

export const referencesQuery = (candidateId: string) =>
  queryOptions({
    queryKey: ['candidates', candidateId, 'references'],
    queryFn: () =>
      api.get<{ items: Reference[]; questions: ReferenceQuestion[] }>(
        `/candidates/${encodeURIComponent(candidateId)}/references`,
      ),
  });

export const requestReference = (
  candidateId: string,
  values: { refereeName: string; refereeEmail: string; relationship: string },
) => api.post<{ reference: Reference }>(`/candidates/${encodeURIComponent(candidateId)}/references`, values);

export type PublicReference = {
  organisation: string;
  candidateName: string;
  refereeName: string;
  relationship: string;
  questions: ReferenceQuestion[];
};

export const publicReferenceQuery = (token: string) =>
  queryOptions({
    queryKey: ['public-reference', token],
    queryFn: () => api.get<PublicReference>(`/public/references/${encodeURIComponent(token)}`),
    retry: false,
  });

export const submitPublicReference = (token: string, answers: ReferenceAnswers) =>
  api.post<{ received: true }>(`/public/references/${encodeURIComponent(token)}`, answers);

// ---------------------------------------------------------------------------------------------------------
// Rescheduling and cancelling

export const rescheduleInterview = (
  interviewId: string,
  values: { startsAt?: string; durationMinutes?: number; timeZone?: string },
) => api.patch<{ interview: Interview }>(`/interviews/${encodeURIComponent(interviewId)}`, values);

// ---------------------------------------------------------------------------------------------------------
// Calibration

export type CalibrationItem = {
  interviewerId: string;
  name: string;
  scorecards: number;
  /** How many of their attribute ratings were 1, 2, 3 and 4. */
  distribution: Record<'1' | '2' | '3' | '4', number>;
  averageRating: number | null;
  sharedCandidates: number;
  ownAverageOnShared: number | null;
  panelAverage: number | null;
  bias: number | null;
  tendency: 'harsher' | 'softer' | 'in_line' | 'unknown';
  strongShare: number | null;
  loadByWeek: { week: string; interviews: number }[];
};

export const calibrationQuery = queryOptions({
  queryKey: ['interviewers', 'calibration'],
  queryFn: () => api.get<{ from: string; to: string; items: CalibrationItem[] }>('/interviewers/calibration'),
});
