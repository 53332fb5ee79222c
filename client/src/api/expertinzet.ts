// The expert inzet along the HGW cycle (regional portfolio): lists, one inzet, and its steps with If-Match.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';
import { opCursor } from './cursorlijst';
import { useWerkvoorraadPaginas } from './werkvoorraad';

type Schemas = components['schemas'];
export type Expertinzet = Schemas['Expertinzet'];
export type ExpertinzetRegel = Schemas['ExpertinzetRegel'];
export type InzetVerzoek = Schemas['InzetVerzoek'];
export type ExpertinzetWerkvoorraadItem = Schemas['ExpertinzetWerkvoorraadItem'];

export const expertinzetSleutels = {
  alle: ['expertinzetten'] as const,
  lijst: (status: string) => ['expertinzetten', 'lijst', status] as const,
  detail: (id: string) => ['expertinzetten', 'detail', id] as const,
  richtlijn: ['expertinzetten', 'richtlijn'] as const,
  werkvoorraad: ['expertinzetten', 'werkvoorraad'] as const,
};

/**
 * What waits for the signed-in person on expert inzetten, and the school's open tevredenheidsonderzoeken, page by page
 * (useWerkvoorraadPaginas). Under expertinzetSleutels.alle, so a step fetches it anew.
 */
export function useExpertinzetWerkvoorraad(enabled = true) {
  return useWerkvoorraadPaginas(expertinzetSleutels.werkvoorraad, enabled, async (cursor) =>
    uitkomst(await api.GET('/expertinzetten/werkvoorraad', { params: { query: opCursor(cursor) } })),
  );
}

/** The inzetten the caller may see: the school its own, the expert their own trajecten, SWV staff all. */
export function useExpertinzetten(status: string) {
  return useQuery({
    queryKey: expertinzetSleutels.lijst(status),
    queryFn: async () =>
      uitkomst(await api.GET('/expertinzetten', { params: { query: status ? { status: status as Schemas['ExpertinzetStatus'] } : {} } })),
  });
}

export function useExpertinzet(id: string) {
  return useQuery({
    queryKey: expertinzetSleutels.detail(id),
    queryFn: async () => uitkomst(await api.GET('/expertinzetten/{expertinzetId}', { params: { path: { expertinzetId: id } } })),
  });
}

/** What an expert does not do: shown where the school starts an inzet. */
export function useExpertRichtlijn() {
  return useQuery({
    queryKey: expertinzetSleutels.richtlijn,
    queryFn: async () => uitkomst(await api.GET('/expertinzetten/richtlijn')),
    staleTime: Infinity,
  });
}

export function useExpertinzetStarten() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: InzetVerzoek) => uitkomst(await api.POST('/expertinzetten', { body: verzoek })),
    onSuccess: (inzet) => {
      queryClient.setQueryData(expertinzetSleutels.detail(inzet.id), inzet);
      void queryClient.invalidateQueries({ queryKey: expertinzetSleutels.alle });
    },
  });
}

/** One step on an inzet, based on the versie shown; the answer replaces the cached inzet. */
export type InzetStap =
  | { soort: 'koppeling'; body: Schemas['InzetKoppelVerzoek'] }
  | { soort: 'ontkoppeling'; body: Schemas['InzetOntkoppelVerzoek'] }
  | { soort: 'fase'; body: Schemas['InzetFaseVerzoek'] }
  | { soort: 'samenvatting'; body: Schemas['InzetSamenvattingVerzoek'] }
  | { soort: 'plan'; body: Schemas['InzetPlanVerzoek'] }
  | { soort: 'notities'; body: Schemas['InzetNotitieVerzoek'] }
  | { soort: 'uren'; body: Schemas['InzetUrenVerzoek'] }
  | { soort: 'intrekking'; registratieId: string }
  | { soort: 'afsluiting'; body: Schemas['InzetAfsluitVerzoek'] };

async function neem(inzet: Expertinzet, stap: InzetStap): Promise<Expertinzet> {
  const params = { path: { expertinzetId: inzet.id }, header: { 'If-Match': alsEtag(inzet.versie) } };
  switch (stap.soort) {
    case 'koppeling':
      return uitkomst(await api.POST('/expertinzetten/{expertinzetId}/koppeling', { params, body: stap.body }));
    case 'ontkoppeling':
      return uitkomst(await api.POST('/expertinzetten/{expertinzetId}/ontkoppeling', { params, body: stap.body }));
    case 'fase':
      return uitkomst(await api.POST('/expertinzetten/{expertinzetId}/fase', { params, body: stap.body }));
    case 'samenvatting':
      return uitkomst(await api.POST('/expertinzetten/{expertinzetId}/samenvatting', { params, body: stap.body }));
    case 'plan':
      return uitkomst(await api.PUT('/expertinzetten/{expertinzetId}/plan', { params, body: stap.body }));
    case 'notities':
      return uitkomst(await api.POST('/expertinzetten/{expertinzetId}/notities', { params, body: stap.body }));
    case 'uren':
      return uitkomst(await api.POST('/expertinzetten/{expertinzetId}/uren', { params, body: stap.body }));
    case 'intrekking':
      return uitkomst(
        await api.POST('/expertinzetten/{expertinzetId}/uren/{registratieId}/intrekking', {
          params: { ...params, path: { expertinzetId: inzet.id, registratieId: stap.registratieId } },
        }),
      );
    case 'afsluiting':
      return uitkomst(await api.POST('/expertinzetten/{expertinzetId}/afsluiting', { params, body: stap.body }));
  }
}

export function useInzetStap(inzet: Expertinzet) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stap: InzetStap) => neem(inzet, stap),
    onSuccess: (nieuw) => {
      queryClient.setQueryData(expertinzetSleutels.detail(nieuw.id), nieuw);
      void queryClient.invalidateQueries({ queryKey: expertinzetSleutels.alle, exact: false, predicate: (q) => q.queryKey[1] === 'lijst' });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: expertinzetSleutels.detail(inzet.id) }),
  });
}
