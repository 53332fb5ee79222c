import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Tlvduur = components['schemas']['Tlvduur'];

/** The policy values of the samenwerkingsverband that hold today (SWV staff and beheerder), such as the usual TLV duration. */
export function useBeleidsinstellingen(enabled = true) {
  return useQuery({
    queryKey: ['beleidsinstellingen', 'vandaag'],
    enabled,
    queryFn: async () => uitkomst(await api.GET('/beleidsinstellingen')).waarden,
  });
}
