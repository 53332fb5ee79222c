import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { opCursor, useCursorlijst } from './cursorlijst';
import { alsEtag, isVersieVerouderd, uitkomst } from './antwoord';
import { api } from './client';
import type { components, paths } from './schema';

export type Deskundige = components['schemas']['Deskundige'];
export type DeskundigeVerzoek = components['schemas']['DeskundigeVerzoek'];
export type Discipline = components['schemas']['Discipline'];
export type Beroepsregister = components['schemas']['Beroepsregister'];
type DeskundigenQuery = NonNullable<paths['/deskundigen']['get']['parameters']['query']>;
export type DeskundigeSortering = NonNullable<DeskundigenQuery['sorteer']>;

/** The search, filters and order of GET /deskundigen (and its export); an absent one is not sent. */
export type DeskundigeFilters = Pick<DeskundigenQuery, 'zoek' | 'discipline' | 'actief' | 'sorteer'>;

const DESKUNDIGEN = ['deskundigen'] as const;

/** A page at a time, searched, filtered and sorted by the API, with the number found; `fetchNextPage` follows volgendeCursor. */
export function useDeskundigenLijst(filters: DeskundigeFilters) {
  return useCursorlijst({
    queryKey: ['deskundigen', 'lijst', filters],
    houdVorige: true,
    haal: async (cursor) => uitkomst(await api.GET('/deskundigen', { params: { query: { ...filters, ...opCursor(cursor) } } })),
  });
}

/**
 * Every active deskundige of the register, all pages followed (the register of one SWV is small), for choosing who
 * advises on a TLV.
 */
export function useActieveDeskundigen(enabled = true) {
  return useQuery({
    queryKey: ['deskundigen', 'actief'],
    enabled,
    queryFn: async () => {
      const deskundigen: Deskundige[] = [];
      let cursor: string | undefined;
      do {
        const query = { actief: true, pageSize: 500, ...(cursor !== undefined && { cursor }) };
        const pagina = uitkomst(await api.GET('/deskundigen', { params: { query } }));
        deskundigen.push(...pagina.deskundigen);
        cursor = pagina.volgendeCursor ?? undefined;
      } while (cursor !== undefined);
      return deskundigen;
    },
  });
}

/** The active accounts with the role deskundige, to link to an entry (with the entry each is linked to already). */
export function useDeskundigeAccounts() {
  return useQuery({
    queryKey: ['deskundigen', 'accounts'],
    queryFn: async () => uitkomst(await api.GET('/deskundigen/accounts')).accounts,
  });
}

/** Registers a deskundige; every list is fetched anew. */
export function useRegistreerDeskundige() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: DeskundigeVerzoek) => uitkomst(await api.POST('/deskundigen', { body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DESKUNDIGEN }),
  });
}

/** Changes `deskundige`, based on the versie shown; on 412 the lists are fetched anew before the error is reported. */
export function useWijzigDeskundige(deskundige: Deskundige) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: DeskundigeVerzoek) =>
      uitkomst(
        await api.PUT('/deskundigen/{id}', {
          params: { path: { id: deskundige.id }, header: { 'If-Match': alsEtag(deskundige.versie) } },
          body: verzoek,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DESKUNDIGEN }),
    onError: async (error) => {
      if (isVersieVerouderd(error)) await queryClient.invalidateQueries({ queryKey: DESKUNDIGEN });
    },
  });
}

/** Deactivates (no new advices) or reactivates a deskundige. */
export function useZetDeskundigeActief() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, actief }: { id: string; actief: boolean }) =>
      uitkomst(
        actief
          ? await api.POST('/deskundigen/{id}/heractivering', { params: { path: { id } } })
          : await api.POST('/deskundigen/{id}/deactivering', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DESKUNDIGEN }),
  });
}
