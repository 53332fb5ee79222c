import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from './client';
import { ApiError } from './problem';
import type { components } from './schema';

export type Expertise = components['schemas']['Expertise'];

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

/**
 * The expertises of the current leerjaar, and the Dutch omschrijving of a code. While the list loads, or when it
 * cannot be loaded, a code stands for itself.
 */
export function useExpertiseNamen() {
  const { data } = useExpertises(undefined);
  return useMemo(() => {
    const expertises: Expertise[] = data?.expertises ?? [];
    const namen = new Map(expertises.map((expertise) => [expertise.code, expertise.omschrijving]));
    return { expertises, omschrijving: (code: string) => namen.get(code) ?? code };
  }, [data]);
}
