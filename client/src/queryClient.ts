import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/problem';

// A 4xx will not change by asking again; network trouble and 5xx might.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status < 500) && failureCount < 2,
        staleTime: 5 * 60 * 1000,
      },
    },
  });
}
