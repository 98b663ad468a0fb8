import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { Meta, Session } from './types';

/** The signed-in user and organisation, or null when signed out. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<Session | null> => {
    try {
      return await api.get<Session>('/auth/me');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export const metaQuery = queryOptions({
  queryKey: ['meta'],
  queryFn: () => api.get<Meta>('/meta'),
  staleTime: 5 * 60_000,
});

/** After signing in, drop everything cached for whoever used this tab before. */
export function startSession(queryClient: QueryClient, session: Session): void {
  queryClient.removeQueries();
  queryClient.setQueryData(sessionQuery.queryKey, session);
}

/** Marks the tab signed out; the app layout then sends the person to the login page. */
export function endSession(queryClient: QueryClient): void {
  queryClient.setQueryData(sessionQuery.queryKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
}

export function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'unauthenticated';
}
