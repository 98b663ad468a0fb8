import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AssumptionOverrides,
  BadHireCost,
  Channel,
  ChannelRecommendation,
  CostBreakdown,
  HiringTimeline,
  JuniorVsSenior,
  PlanningAssumptions,
  RampUpCost,
  SalaryBand,
  SourcingCapacity,
  TotalCostOfEmployment,
} from '../../../src/planning/index.ts';
import type { EngagementModel, Seniority, TechnicalDirection } from '../../../src/roles/blueprint.ts';
import { api } from './client';

// The planner's output types come straight from the pure server modules (type-only imports).
export type {
  Channel,
  ChannelRecommendation,
  CostBreakdown,
  HiringTimeline,
  JuniorVsSenior,
  PlanningAssumptions,
  SourcingCapacity,
};

export type CostInput = {
  level: Seniority;
  salary?: number;
  channel: Channel;
  remote?: boolean;
  months?: number;
};

export type CostEstimate = {
  salary: number;
  band: SalaryBand;
  breakdown: CostBreakdown;
  totalCostOfEmployment: TotalCostOfEmployment;
  rampUp: RampUpCost;
  badHire: BadHireCost;
};

export type JuniorVsSeniorInput = {
  months: number;
  technicalDirection: TechnicalDirection;
  remote?: boolean;
};

export type ChannelInput = {
  scopeBounded: boolean;
  durationMonths: number | null;
  /** YYYY-MM-DD */
  neededBy: string | null;
  budget: { amount: number; period: 'total' | 'month' } | null;
  ownSourcingCapacity: SourcingCapacity;
  seniority: Seniority;
  engagement?: EngagementModel;
};

export type TimelineInput = { seniority: Seniority; channel: Channel; noticePeriodWeeks?: number };

export type AssumptionSettings = {
  assumptions: PlanningAssumptions;
  overrides: AssumptionOverrides;
  defaults: PlanningAssumptions;
};

// The planner answers are pure functions of their input, so each input is its own cache entry; the
// previous answer stays on screen while the next one loads.
const plannerQuery = <Input, Result>(name: string, path: string, input: Input) =>
  queryOptions({
    queryKey: ['planning', name, input],
    queryFn: () => api.post<Result>(path, input),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const costQuery = (input: CostInput) =>
  plannerQuery<CostInput, CostEstimate>('cost', '/planning/cost', input);

export const juniorVsSeniorQuery = (input: JuniorVsSeniorInput) =>
  plannerQuery<JuniorVsSeniorInput, JuniorVsSenior>('junior-vs-senior', '/planning/junior-vs-senior', input);

export const timelineQuery = (input: TimelineInput) =>
  plannerQuery<TimelineInput, HiringTimeline>('timeline', '/planning/timeline', input);

export const channelsQuery = (input: ChannelInput) =>
  plannerQuery<ChannelInput, { items: ChannelRecommendation[] }>('channels', '/planning/channels', input);

export const assumptionsQuery = queryOptions({
  queryKey: ['planning', 'assumptions'],
  queryFn: () => api.get<AssumptionSettings>('/planning/assumptions'),
});

/** Replaces the organisation's edits; `{}` restores every default. */
export const saveAssumptionOverrides = (overrides: AssumptionOverrides) =>
  api.put<{ assumptions: PlanningAssumptions }>('/planning/assumptions', { overrides });
