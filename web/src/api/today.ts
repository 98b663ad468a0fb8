import { queryOptions } from '@tanstack/react-query';
import type { Today, TodaySection } from '../../../src/today/today.contract.ts';
import { api } from './client';

// Shapes from src/today/today.contract.ts: the home page's "What needs you today".

export type { Today, TodaySection };
export type TodaySectionOf<K extends TodaySection['kind']> = Extract<TodaySection, { kind: K }>;

/** The signed-in person's to-dos; the time zone decides which interviews are today and what is overdue. */
export const todayQuery = (timeZone: string) =>
  queryOptions({
    queryKey: ['today', timeZone],
    queryFn: () => api.get<Today>(`/today?timeZone=${encodeURIComponent(timeZone)}`),
    // Approvals, scorecards and moves happen on other pages: coming back home always asks again.
    staleTime: 0,
  });
