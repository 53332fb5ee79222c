import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type NieuwePlatformgebruiker = components['schemas']['NieuwePlatformgebruikerVerzoek'];

const LIJST = ['platform-gebruikers'] as const;

/** The platform's own accounts: platform- and register-beheerders (platform-beheerder only). */
export function usePlatformgebruikers() {
  return useQuery({
    queryKey: LIJST,
    queryFn: async () => uitkomst(await api.GET('/platform-gebruikers')).gebruikers,
  });
}

/** A new platform account; the answer holds its activation code, shown once. */
export function useMaakPlatformgebruiker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (nieuw: NieuwePlatformgebruiker) => uitkomst(await api.POST('/platform-gebruikers', { body: nieuw })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LIJST }),
  });
}

export function useVernieuwPlatformActivatiecode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      uitkomst(await api.POST('/platform-gebruikers/{id}/activatiecode', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LIJST }),
  });
}

export function useDeactiveerPlatformgebruiker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      uitkomst(await api.POST('/platform-gebruikers/{id}/deactivering', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LIJST }),
  });
}
