import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Zoekresultaten = components['schemas']['Zoekresultaten'];

/**
 * The staff's one search (POST /zoekopdrachten): pupils, arrangementen and aanbieders, per kind the number found
 * and the first few. The term goes in the body, never in a URL; a beheerder gets no pupil or arrangement group.
 */
export function useZoekresultaten(zoekterm: string | undefined) {
  return useQuery({
    queryKey: ['zoeken', zoekterm] as const,
    enabled: zoekterm !== undefined,
    queryFn: async () => uitkomst(await api.POST('/zoekopdrachten', { body: { zoekterm: zoekterm ?? '' } })),
  });
}
