import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, uitkomst, zonderInhoud } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Abonnement = components['schemas']['Abonnement'];
export type AbonnementVerzoek = components['schemas']['AbonnementVerzoek'];
export type NieuwAbonnement = components['schemas']['NieuwAbonnement'];
export type NieuwAbonnementGeheim = components['schemas']['NieuwAbonnementGeheim'];
export type Afleverpoging = components['schemas']['Afleverpoging'];
export type Notificatiesoort = components['schemas']['Notificatiesoort'];

// Keys that are no prefix of each other or of ['koppelingen']: invalidating a list would otherwise refetch the delivery
// log of an abonnement just ended, or the abonnementen of a koppeling just revoked (a 404 each).
const ABONNEMENTEN = (clientId: string) => ['abonnementen', clientId] as const;
const POGINGEN = (clientId: string, abonnementId: string) => ['afleverpogingen', clientId, abonnementId] as const;

/** The catalogue of event types a webhook can receive; it only changes with a release, so it is kept. */
export function useNotificatiesoorten() {
  return useQuery({
    queryKey: ['notificatiesoorten'],
    queryFn: async () => uitkomst(await api.GET('/notificatiesoorten')).soorten,
    staleTime: Infinity,
  });
}

/** The webhook abonnementen of one koppeling; never with a secret. */
export function useAbonnementen(clientId: string) {
  return useQuery({
    queryKey: ABONNEMENTEN(clientId),
    queryFn: async () =>
      uitkomst(await api.GET('/koppelingen/{clientId}/abonnementen', { params: { path: { clientId } } })).abonnementen,
  });
}

/** Subscribes the koppeling; the answer holds the secret (whsec_…), shown once. */
export function useMaakAbonnement(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: AbonnementVerzoek) =>
      uitkomst(await api.POST('/koppelingen/{clientId}/abonnementen', { params: { path: { clientId } }, body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ABONNEMENTEN(clientId) }),
  });
}

/** Changes URL, types or paused on the version shown (If-Match), so a change by someone else in between is a 412. */
export function useWijzigAbonnement(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ abonnement, wijziging }: { abonnement: Abonnement; wijziging: AbonnementVerzoek }) =>
      uitkomst(
        await api.PUT('/koppelingen/{clientId}/abonnementen/{abonnementId}', {
          params: { path: { clientId, abonnementId: abonnement.id }, header: { 'If-Match': alsEtag(abonnement.versie) } },
          body: wijziging,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ABONNEMENTEN(clientId) }),
  });
}

/** A new secret, shown once; the previous one keeps signing until it is retired or its time runs out. */
export function useRoteerAbonnementGeheim(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (abonnementId: string) =>
      uitkomst(
        await api.POST('/koppelingen/{clientId}/abonnementen/{abonnementId}/geheimen', {
          params: { path: { clientId, abonnementId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ABONNEMENTEN(clientId) }),
  });
}

/** Retires the previous secret after a rotation: only the new one signs from now on. */
export function useTrekVorigGeheimIn(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (abonnementId: string) =>
      uitkomst(
        await api.DELETE('/koppelingen/{clientId}/abonnementen/{abonnementId}/geheimen/vorig', {
          params: { path: { clientId, abonnementId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ABONNEMENTEN(clientId) }),
  });
}

/** Ends an abonnement: no more deliveries to its URL. */
export function useVerwijderAbonnement(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (abonnementId: string) =>
      zonderInhoud(await api.DELETE('/koppelingen/{clientId}/abonnementen/{abonnementId}', { params: { path: { clientId, abonnementId } } })),
    onSuccess: (_, abonnementId) => {
      queryClient.removeQueries({ queryKey: POGINGEN(clientId, abonnementId) });
      return queryClient.invalidateQueries({ queryKey: ABONNEMENTEN(clientId) });
    },
  });
}

/** The delivery log, newest first: the first page (25) is enough for a beheerder to see what goes wrong now. */
export function useAfleverpogingen(clientId: string, abonnementId: string, aan: boolean) {
  return useQuery({
    queryKey: POGINGEN(clientId, abonnementId),
    queryFn: async () =>
      uitkomst(
        await api.GET('/koppelingen/{clientId}/abonnementen/{abonnementId}/afleverpogingen', {
          params: { path: { clientId, abonnementId } },
        }),
      ),
    enabled: aan,
  });
}

/** Delivers one aflevering again: it waits as new, with the same webhook-id and a fresh 24 hours of attempts. */
export function useBezorgOpnieuw(clientId: string, abonnementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (afleveringId: string) =>
      uitkomst(
        await api.POST('/koppelingen/{clientId}/abonnementen/{abonnementId}/afleveringen/{afleveringId}/opnieuw', {
          params: { path: { clientId, abonnementId, afleveringId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POGINGEN(clientId, abonnementId) }),
  });
}
