import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { ApiError } from './problem';

/** The expertise list of a leerjaar; without one the API picks the current leerjaar. */
export function useExpertises(leerjaar: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['expertises', leerjaar ?? 'huidig'],
    enabled,
    queryFn: async () => {
      const { data, error, response } = await api.GET('/expertises', {
        params: { query: leerjaar === undefined ? {} : { leerjaar } },
      });
      if (response.ok && data) return data;
      throw new ApiError(response.status, error);
    },
  });
}
