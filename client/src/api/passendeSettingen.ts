import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type PassendeSettingen = Schemas['PassendeSettingen'];
export type PassendeSetting = Schemas['PassendeSetting'];

/**
 * "Wat past?" for one pupil. Only when asked (`enabled`): every answer is a read of the pupil's needs in the audit log,
 * so opening the pupil page alone does not ask it. Never cached: the needs or a profile may have changed.
 */
export function usePassendeSettingen(leerlingId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['passende-settingen', leerlingId],
    enabled,
    staleTime: 0,
    gcTime: 0,
    queryFn: async () => uitkomst(await api.GET('/leerlingen/{leerlingId}/passende-settingen', { params: { path: { leerlingId } } })),
  });
}
