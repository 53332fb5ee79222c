import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst, zonderInhoud } from './antwoord';
import { api } from './client';
import { leerlingSleutels } from './leerlingen';
import type { components } from './schema';

export type Ouder = components['schemas']['Ouder'];
export type OuderVerzoek = components['schemas']['OuderVerzoek'];
export type Ouderuitnodiging = components['schemas']['Ouderuitnodiging'];
export type Kind = components['schemas']['Kind'];
export type Inzage = components['schemas']['Inzage'];

export const ouderSleutels = {
  vanLeerling: (leerlingId: string) => [...leerlingSleutels.detail(leerlingId), 'ouders'] as const,
  kinderen: ['ouderportaal', 'kinderen'] as const,
  kind: (id: string) => ['ouderportaal', 'kind', id] as const,
  inzagen: (id: string) => ['ouderportaal', 'inzagen', id] as const,
};

/** The ouders linked to a pupil now: for the school and SWV staff. */
export function useOuders(leerlingId: string) {
  return useQuery({
    queryKey: ouderSleutels.vanLeerling(leerlingId),
    queryFn: async () => uitkomst(await api.GET('/leerlingen/{leerlingId}/ouders', { params: { path: { leerlingId } } })).ouders,
  });
}

/** The school invites an ouder: a new account with a one-time code, or a link to the account they have. */
export function useOuderUitnodigen(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: OuderVerzoek) =>
      uitkomst(await api.POST('/leerlingen/{leerlingId}/ouders', { params: { path: { leerlingId } }, body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ouderSleutels.vanLeerling(leerlingId) }),
  });
}

/** The school ends an ouder's link to the pupil. */
export function useOuderOntkoppelen(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ouderId: string) =>
      zonderInhoud(await api.DELETE('/leerlingen/{leerlingId}/ouders/{ouderId}', { params: { path: { leerlingId, ouderId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ouderSleutels.vanLeerling(leerlingId) }),
  });
}

/** A new activation code for an ouder whose account still waits for activation. */
export function useOuderCodeVernieuwen(leerlingId: string) {
  return useMutation({
    mutationFn: async (ouderId: string) =>
      uitkomst(await api.POST('/leerlingen/{leerlingId}/ouders/{ouderId}/activatiecode', { params: { path: { leerlingId, ouderId } } })),
  });
}

/** The ouder's own children (the portal's start). */
export function useMijnKinderen() {
  return useQuery({
    queryKey: ouderSleutels.kinderen,
    queryFn: async () => uitkomst(await api.GET('/ouderportaal/kinderen')).kinderen,
  });
}

/** One of the ouder's own children. */
export function useMijnKind(leerlingId: string) {
  return useQuery({
    queryKey: ouderSleutels.kind(leerlingId),
    queryFn: async () => uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}', { params: { path: { leerlingId } } })),
  });
}

/** Who used the child's data, newest first, a page at a time ("Meer laden"). */
export function useInzagen(leerlingId: string) {
  return useInfiniteQuery({
    queryKey: ouderSleutels.inzagen(leerlingId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      uitkomst(
        await api.GET('/ouderportaal/kinderen/{leerlingId}/inzagen', {
          params: { path: { leerlingId }, query: pageParam === undefined ? { pageSize: 25 } : { cursor: pageParam, pageSize: 25 } },
        }),
      ),
    getNextPageParam: (pagina) => pagina.volgendeCursor ?? undefined,
  });
}
