import { queryOptions } from '@tanstack/react-query';
import type {
  EngagementDecisionInput,
  EngagementKind,
  EngagementStatus,
  ReplacementCandidate,
} from '../../../src/offers/engagements.ts';
import type { OfferEngagement } from '../../../src/offers/offer-terms.ts';
import type { Checkpoint, OnboardingPhase, OwnerRole } from '../../../src/onboarding/onboarding-plan.ts';
import { api } from './client';
import type { ItemList } from './types';

// Shapes from src/onboarding/onboarding.routes.ts and src/offers/engagements.routes.ts.

export type { Checkpoint, EngagementKind, OnboardingPhase, OwnerRole, ReplacementCandidate };

type Person = { id: string; name: string };

type PlanBase = {
  id: string;
  offerId: string | null;
  applicationId: string;
  candidateId: string;
  jobId: string;
  engagement: OfferEngagement;
  startDate: string;
  /** The first business day on or after the start date. */
  firstDay: string;
  managerId: string | null;
  buddyId: string | null;
  createdAt: string;
};

export type PlanSummary = PlanBase & {
  candidateName: string;
  jobTitle: string;
  progress: { done: number; total: number };
  /** The earliest due date of an open item, YYYY-MM-DD. */
  nextDue: string | null;
  /** Open items due before today. */
  overdue: number;
};

export type OnboardingItem = {
  id: string;
  key: string;
  phase: OnboardingPhase;
  kind: 'task' | 'review' | 'goal';
  title: string;
  description: string;
  measure: string | null;
  checkpoint: Checkpoint | null;
  ownerRole: OwnerRole;
  ownerId: string | null;
  dueDate: string;
  doneAt: string | null;
  doneBy: string | null;
};

export type OnboardingReview = {
  id: string;
  checkpoint: Checkpoint;
  rating: number;
  notes: string;
  reviewerId: string;
  createdAt: string;
  updatedAt: string;
};

export type PlanDetail = PlanBase & {
  candidate: Person;
  job: { id: string; title: string };
  phases: { phase: OnboardingPhase; label: string; items: OnboardingItem[] }[];
  reviews: OnboardingReview[];
  /** The people the plan names (manager, buddy, owners, reviewers), to show names for ids. */
  people: Person[];
};

export const onboardingPlansQuery = (mine = false) =>
  queryOptions({
    queryKey: ['onboarding-plans', { mine }],
    queryFn: () =>
      api
        .get<ItemList<PlanSummary>>('/onboarding-plans', { mine: mine ? 'true' : undefined })
        .then((body) => body.items),
  });

export const onboardingPlanQuery = (planId: string) =>
  queryOptions({
    queryKey: ['onboarding-plans', planId],
    queryFn: () =>
      api
        .get<{ plan: PlanDetail }>(`/onboarding-plans/${encodeURIComponent(planId)}`)
        .then((body) => body.plan),
  });

export const updateOnboardingPlan = (
  planId: string,
  change: { managerId?: string; buddyId?: string | null },
) => api.patch<{ plan: PlanBase }>(`/onboarding-plans/${encodeURIComponent(planId)}`, change);

export const markOnboardingItem = (itemId: string, done: boolean) =>
  api
    .post<{ item: OnboardingItem }>(
      `/onboarding-items/${encodeURIComponent(itemId)}/${done ? 'done' : 'undo'}`,
    )
    .then((body) => body.item);

export const recordOnboardingReview = (
  planId: string,
  review: { checkpoint: Checkpoint; rating: number; notes: string },
) =>
  api
    .post<{ review: OnboardingReview }>(`/onboarding-plans/${encodeURIComponent(planId)}/reviews`, review)
    .then((body) => body.review);

// ─── Trials, contracts and contract-to-hire ──────────────────────────────────────────────────────────

export type EngagementDecisionRecord = EngagementDecisionInput & { decidedAt: string; decidedBy: string };

export type Engagement = {
  id: string;
  applicationId: string;
  candidateId: string;
  jobId: string;
  offerId: string | null;
  kind: EngagementKind;
  startDate: string;
  endDate: string;
  status: 'running' | 'converted' | 'ended';
  /** Only while running: the phase, when the decision is due and the days left. */
  timing: EngagementStatus | null;
  decisions: EngagementDecisionRecord[];
};

export type EngagementSummary = Engagement & { candidateName: string; jobTitle: string };

export const engagementsQuery = queryOptions({
  queryKey: ['engagements'],
  queryFn: () => api.get<ItemList<EngagementSummary>>('/engagements').then((body) => body.items),
});

export type EngagementDecisionResult = {
  engagement: Engagement;
  outcome: 'converted' | 'extended' | 'ended';
  jobReopened: boolean;
  replacements: ReplacementCandidate[] | null;
};

export const decideEngagement = (engagementId: string, decision: EngagementDecisionInput) =>
  api.post<EngagementDecisionResult>(`/engagements/${encodeURIComponent(engagementId)}/decision`, decision);

export const replacementsQuery = (jobId: string, excluding?: string) =>
  queryOptions({
    queryKey: ['jobs', jobId, 'replacements', { excluding }],
    queryFn: () =>
      api
        .get<ItemList<ReplacementCandidate>>(`/jobs/${encodeURIComponent(jobId)}/replacements`, { excluding })
        .then((body) => body.items),
  });
