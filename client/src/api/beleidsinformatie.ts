import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Beleidsinformatie = components['schemas']['Beleidsinformatie'];
export type Kruistabel = components['schemas']['Kruistabel'];
export type Cijfer = components['schemas']['Cijfer'];
export type Doorlooptijd = components['schemas']['Doorlooptijd'];

/** The dashboard's filters as the API names them; absent is "all". */
export interface Beleidsinformatiefilters {
  leerjaar: string;
  regio?: string;
  vestiging?: string;
  bestuur?: string;
}

/** The beleidsinformatie of a schooljaar: every figure for the staff, or (voorBuiten) the version for outsiders. */
export function useBeleidsinformatie(filters: Beleidsinformatiefilters, voorBuiten: boolean, toegestaan: boolean) {
  return useQuery({
    queryKey: ['beleidsinformatie', filters, voorBuiten],
    enabled: toegestaan,
    placeholderData: keepPreviousData,
    queryFn: async () => uitkomst(await api.GET('/beleidsinformatie/dashboard', { params: { query: { ...filters, voorBuiten } } })),
  });
}
