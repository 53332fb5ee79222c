import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Gebruiker = components['schemas']['Gebruiker'];
export type NieuweGebruiker = components['schemas']['NieuweGebruiker'];
export type NieuweGebruikerVerzoek = components['schemas']['NieuweGebruikerVerzoek'];
export type Rol = components['schemas']['Rol'];
export type Functie = components['schemas']['Functie'];
export type FunctiesVerzoek = components['schemas']['FunctiesVerzoek'];

const GEBRUIKERS = ['gebruikers'] as const;

/** The accounts of the beheerder's own samenwerkingsverband, with their status. */
export function useGebruikers() {
  return useQuery({
    queryKey: GEBRUIKERS,
    queryFn: async () => uitkomst(await api.GET('/gebruikers')).gebruikers,
  });
}

/** Creates an account; the answer holds its activation code, shown once. */
export function useMaakGebruiker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: NieuweGebruikerVerzoek) => uitkomst(await api.POST('/gebruikers', { body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: GEBRUIKERS }),
  });
}

/** A new activation code for an account that still waits for activation; the earlier code stops working. */
export function useNieuweActivatiecode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => uitkomst(await api.POST('/gebruikers/{id}/activatiecode', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: GEBRUIKERS }),
  });
}

/** Stops an account and every token it holds at once. */
export function useDeactiveerGebruiker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => uitkomst(await api.POST('/gebruikers/{id}/deactivering', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: GEBRUIKERS }),
  });
}

/**
 * Gives a medewerker of the samenwerkingsverband exactly these functies (an empty list takes them all away). The API
 * stops every token of that account: the person signs in again.
 */
export function useWijzigFuncties() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...verzoek }: FunctiesVerzoek & { id: string }) =>
      uitkomst(await api.POST('/gebruikers/{id}/functies', { params: { path: { id } }, body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: GEBRUIKERS }),
  });
}
