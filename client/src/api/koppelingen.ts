import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst, zonderInhoud } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Koppeling = components['schemas']['Koppeling'];
export type NieuweKoppeling = components['schemas']['NieuweKoppeling'];
export type NieuweKoppelingVerzoek = components['schemas']['NieuweKoppelingVerzoek'];
export type NieuwGeheim = components['schemas']['NieuwGeheim'];
export type Scope = components['schemas']['Scope'];

const KOPPELINGEN = ['koppelingen'] as const;
const KOPPELING = (clientId: string) => ['koppelingen', clientId] as const;

/** The machine clients (LAS, partners) of the beheerder's own samenwerkingsverband; never with a secret. */
export function useKoppelingen() {
  return useQuery({
    queryKey: KOPPELINGEN,
    queryFn: async () => uitkomst(await api.GET('/koppelingen')).koppelingen,
  });
}

export function useKoppeling(clientId: string) {
  return useQuery({
    queryKey: KOPPELING(clientId),
    queryFn: async () => uitkomst(await api.GET('/koppelingen/{clientId}', { params: { path: { clientId } } })),
  });
}

/** Registers a koppeling; with a client secret the answer holds it, shown once. */
export function useRegistreerKoppeling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: NieuweKoppelingVerzoek) => uitkomst(await api.POST('/koppelingen', { body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KOPPELINGEN }),
  });
}

export type KoppelingWijziging = components['schemas']['WijzigKoppelingVerzoek'];

/** Replaces name, scopes and vestigingen; the tokens the koppeling holds stop at once, its secret or keys stay valid. */
export function useWijzigKoppeling(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (wijziging: KoppelingWijziging) =>
      uitkomst(await api.PUT('/koppelingen/{clientId}', { params: { path: { clientId } }, body: wijziging })),
    onSuccess: (koppeling) => {
      queryClient.setQueryData(KOPPELING(clientId), koppeling);
      return queryClient.invalidateQueries({ queryKey: KOPPELINGEN, exact: true });
    },
  });
}

/** A new client secret, shown once: the old one and every token issued with it stop working at once. */
export function useVernieuwGeheim(clientId: string) {
  return useMutation({
    mutationFn: async () => uitkomst(await api.POST('/koppelingen/{clientId}/geheimen', { params: { path: { clientId } } })),
  });
}

/** Revokes a koppeling: no new tokens, and the tokens it holds stop at once. */
export function useTrekKoppelingIn(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => zonderInhoud(await api.DELETE('/koppelingen/{clientId}', { params: { path: { clientId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: KOPPELING(clientId) });
      return queryClient.invalidateQueries({ queryKey: KOPPELINGEN });
    },
  });
}
