import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Tenant = components['schemas']['Tenant'];
export type NieuwSamenwerkingsverband = components['schemas']['NieuwSamenwerkingsverbandVerzoek'];
export type NieuweBeheerder = components['schemas']['NieuweBeheerderVerzoek'];

const LIJST = ['samenwerkingsverbanden'] as const;
const EEN = (code: string) => ['samenwerkingsverbanden', code] as const;
const BEHEERDERS = (code: string) => ['samenwerkingsverbanden', code, 'beheerders'] as const;

/** Every samenwerkingsverband of the installation with its status and figures (platform-beheerder only). */
export function useSamenwerkingsverbanden() {
  return useQuery({
    queryKey: LIJST,
    queryFn: async () => uitkomst(await api.GET('/samenwerkingsverbanden')).samenwerkingsverbanden,
  });
}

export function useSamenwerkingsverband(code: string) {
  return useQuery({
    queryKey: EEN(code),
    queryFn: async () => uitkomst(await api.GET('/samenwerkingsverbanden/{code}', { params: { path: { code } } })),
  });
}

export function useRegistreerSamenwerkingsverband() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (nieuw: NieuwSamenwerkingsverband) => uitkomst(await api.POST('/samenwerkingsverbanden', { body: nieuw })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LIJST }),
  });
}

/** The first beheerder; the answer holds the activation code, shown once. */
export function useMaakEersteBeheerder(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (beheerder: NieuweBeheerder) =>
      uitkomst(await api.POST('/samenwerkingsverbanden/{code}/beheerders', { params: { path: { code } }, body: beheerder })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['samenwerkingsverbanden'] }),
  });
}

/** The tenant's beheerders (name, e-mail, status), whom the platform supports. */
export function useBeheerders(code: string) {
  return useQuery({
    queryKey: BEHEERDERS(code),
    queryFn: async () =>
      uitkomst(await api.GET('/samenwerkingsverbanden/{code}/beheerders', { params: { path: { code } } })).gebruikers,
  });
}

/** A new activation code for a beheerder who lost theirs; the answer holds it, shown once. */
export function useVernieuwActivatiecode(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      uitkomst(
        await api.POST('/samenwerkingsverbanden/{code}/beheerders/{id}/activatiecode', { params: { path: { code, id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BEHEERDERS(code) }),
  });
}

/** Suspends or reactivates `tenant`, based on the versie shown. */
export function useWijzigStatus(tenant: Tenant) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (actie: 'opschorten' | 'heractiveren') => {
      const params = { path: { code: tenant.code }, header: { 'If-Match': alsEtag(tenant.versie) } };
      return uitkomst(
        actie === 'opschorten'
          ? await api.POST('/samenwerkingsverbanden/{code}/opschorting', { params })
          : await api.POST('/samenwerkingsverbanden/{code}/heractivering', { params }),
      );
    },
    onSuccess: (nieuw) => {
      queryClient.setQueryData(EEN(tenant.code), nieuw);
      return queryClient.invalidateQueries({ queryKey: LIJST });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: EEN(tenant.code) }),
  });
}
