import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // figures change with a new Datenstand, not by the minute
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // a 4xx answer will not change by asking again
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});
