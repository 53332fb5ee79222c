import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Casus = components['schemas']['Casus'];
export type CasusSamenvatting = components['schemas']['CasusSamenvatting'];
export type CasusVerzoek = components['schemas']['CasusVerzoek'];
export type Netwerkbespreking = components['schemas']['Netwerkbespreking'];
export type BesprekingVerzoek = components['schemas']['BesprekingVerzoek'];
export type UitkomstVerzoek = components['schemas']['UitkomstVerzoek'];

export const casuistiekSleutels = {
  alle: ['casuistiek'] as const,
  casussen: ['casuistiek', 'casussen'] as const,
  besprekingen: ['casuistiek', 'besprekingen'] as const,
  bespreking: (id: string) => ['casuistiek', 'besprekingen', id] as const,
  casus: (id: string) => ['casuistiek', 'casussen', id] as const,
};

/** The cases the person may see (a school: its own vestigingen'), newest first, without their texts. */
export function useCasussen() {
  return useQuery({
    queryKey: casuistiekSleutels.casussen,
    queryFn: async () => uitkomst(await api.GET('/casussen')).casussen,
  });
}

/** The besprekingen the person may see (a school: those of its netwerk), newest first. */
export function useNetwerkbesprekingen() {
  return useQuery({
    queryKey: casuistiekSleutels.besprekingen,
    queryFn: async () => uitkomst(await api.GET('/netwerkbesprekingen')).besprekingen,
  });
}

/** One bespreking with the cases on it. */
export function useNetwerkbespreking(id: string) {
  return useQuery({
    queryKey: casuistiekSleutels.bespreking(id),
    queryFn: async () => uitkomst(await api.GET('/netwerkbesprekingen/{besprekingId}', { params: { path: { besprekingId: id } } })),
  });
}

/** One case with its texts and outcome; its versie is what a step sends in If-Match. */
export function useCasus(id: string, enabled = true) {
  return useQuery({
    queryKey: casuistiekSleutels.casus(id),
    enabled,
    queryFn: async () => uitkomst(await api.GET('/casussen/{casusId}', { params: { path: { casusId: id } } })),
  });
}

function useVernieuwCasuistiek() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: casuistiekSleutels.alle });
}

export function useBrengCasusIn() {
  const vernieuw = useVernieuwCasuistiek();
  return useMutation({
    mutationFn: async (verzoek: CasusVerzoek) => uitkomst(await api.POST('/casussen', { body: verzoek })),
    onSuccess: vernieuw,
  });
}

export function usePlanBespreking() {
  const vernieuw = useVernieuwCasuistiek();
  return useMutation({
    mutationFn: async (verzoek: BesprekingVerzoek) => uitkomst(await api.POST('/netwerkbesprekingen', { body: verzoek })),
    onSuccess: vernieuw,
  });
}

/** Puts a case on a bespreking of its netwerk, based on the versie shown. */
export function useAgendeerCasus() {
  const vernieuw = useVernieuwCasuistiek();
  return useMutation({
    mutationFn: async ({ casus, besprekingId }: { casus: Casus; besprekingId: string }) =>
      uitkomst(
        await api.POST('/casussen/{casusId}/bespreking', {
          params: { path: { casusId: casus.id }, header: { 'If-Match': alsEtag(casus.versie) } },
          body: { besprekingId },
        }),
      ),
    onSuccess: vernieuw,
  });
}

/** Records (or corrects) the outcome of a discussed case, based on the versie shown. */
export function useLegUitkomstVast() {
  const vernieuw = useVernieuwCasuistiek();
  return useMutation({
    mutationFn: async ({ casus, verzoek }: { casus: Casus; verzoek: UitkomstVerzoek }) =>
      uitkomst(
        await api.POST('/casussen/{casusId}/uitkomst', {
          params: { path: { casusId: casus.id }, header: { 'If-Match': alsEtag(casus.versie) } },
          body: verzoek,
        }),
      ),
    onSuccess: vernieuw,
  });
}
