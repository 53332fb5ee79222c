import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import { leerlingSleutels } from './leerlingen';
import type { components } from './schema';

export type Betrokkene = components['schemas']['Betrokkene'];
export type BetrokkeneVerzoek = components['schemas']['BetrokkeneVerzoek'];
export type Expert = components['schemas']['Expert'];

export const betrokkeneSleutels = {
  lijst: (leerlingId: string) => [...leerlingSleutels.detail(leerlingId), 'betrokkenen'] as const,
  experts: ['experts'] as const,
};

/** The experts who are or were involved with a pupil (need to know), newest first; for SWV staff. */
export function useBetrokkenen(leerlingId: string, enabled = true) {
  return useQuery({
    queryKey: betrokkeneSleutels.lijst(leerlingId),
    enabled,
    queryFn: async () =>
      uitkomst(await api.GET('/leerlingen/{leerlingId}/betrokkenen', { params: { path: { leerlingId } } })).betrokkenen,
  });
}

/** The SWV's active experts, to choose a betrokkene or an arrangement's provider from. */
export function useExperts(enabled = true) {
  return useQuery({
    queryKey: betrokkeneSleutels.experts,
    enabled,
    queryFn: async () => uitkomst(await api.GET('/experts')).experts,
  });
}

/** Lets an expert see the pupil, with a reason, until a day; the list is loaded again afterwards. */
export function useBetrokkeneToevoegen(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: BetrokkeneVerzoek) =>
      uitkomst(await api.POST('/leerlingen/{leerlingId}/betrokkenen', { params: { path: { leerlingId } }, body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: betrokkeneSleutels.lijst(leerlingId) }),
  });
}

/** Ends an expert's access to the pupil now; the list is loaded again afterwards (also after a 409: it was already over). */
export function useBetrokkenheidBeeindigen(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (betrokkeneId: string) =>
      uitkomst(
        await api.POST('/leerlingen/{leerlingId}/betrokkenen/{betrokkeneId}/beeindiging', {
          params: { path: { leerlingId, betrokkeneId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: betrokkeneSleutels.lijst(leerlingId) }),
  });
}
