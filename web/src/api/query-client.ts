import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { endSession, isSessionLost } from './session';

// A request rejected because the session ended (expired, or logged out elsewhere) signs this tab out too.
const onError = (error: unknown) => {
  if (isSessionLost(error)) endSession(queryClient);
};

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Client errors (403, 404, …) will not change on retry; network and server errors might.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});
