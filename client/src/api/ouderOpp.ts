import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type OuderOpp = components['schemas']['OuderOpp'];
export type OuderOppVersie = components['schemas']['OuderOppVersie'];
export type OuderInstemmingVerzoek = components['schemas']['OuderInstemmingVerzoek'];

export const ouderOppSleutels = {
  lijst: (leerlingId: string) => ['ouderportaal', 'opps', leerlingId] as const,
  een: (leerlingId: string, oppId: string) => ['ouderportaal', 'opps', leerlingId, oppId] as const,
};

/** The plans of the ouder's own child that they may read (vastgesteld, or a concept the school shared). */
export function useMijnKindOpps(leerlingId: string) {
  return useQuery({
    queryKey: ouderOppSleutels.lijst(leerlingId),
    queryFn: async () =>
      uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}/opps', { params: { path: { leerlingId } } })).opps,
  });
}

/** One plan, in plain words, with the version that waits for the ouder's answer. */
export function useMijnKindOpp(leerlingId: string, oppId: string) {
  return useQuery({
    queryKey: ouderOppSleutels.een(leerlingId, oppId),
    queryFn: async () =>
      uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}/opps/{oppId}', { params: { path: { leerlingId, oppId } } })),
  });
}

/** The ouder's answer on the handelingsdeel they read; the plan comes back with it. A 409 means the text changed: reload. */
export function useOppBeantwoorden(leerlingId: string, oppId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: OuderInstemmingVerzoek) =>
      uitkomst(
        await api.POST('/ouderportaal/kinderen/{leerlingId}/opps/{oppId}/instemming', {
          params: { path: { leerlingId, oppId } },
          body: verzoek,
        }),
      ),
    onSuccess: (plan) => {
      queryClient.setQueryData(ouderOppSleutels.een(leerlingId, oppId), plan);
      void queryClient.invalidateQueries({ queryKey: ouderOppSleutels.lijst(leerlingId), exact: true });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: ouderOppSleutels.een(leerlingId, oppId) }),
  });
}

export type OuderVisieVerzoek = components['schemas']['OuderVisieVerzoek'];

/** "Hoe denkt u erover?": the ouder's view on what their child needs; the plan comes back with it. */
export function useOppVisieGeven(leerlingId: string, oppId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: OuderVisieVerzoek) =>
      uitkomst(
        await api.POST('/ouderportaal/kinderen/{leerlingId}/opps/{oppId}/visie', {
          params: { path: { leerlingId, oppId } },
          body: verzoek,
        }),
      ),
    onSuccess: (plan) => queryClient.setQueryData(ouderOppSleutels.een(leerlingId, oppId), plan),
  });
}
