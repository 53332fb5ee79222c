import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { opCursor, useCursorlijst } from './cursorlijst';
import { alsEtag, isVersieVerouderd, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Leerling = components['schemas']['Leerling'];
export type LeerlingVerzoek = components['schemas']['LeerlingVerzoek'];
export type Ondersteuningsbehoeften = components['schemas']['Ondersteuningsbehoeften'];

/**
 * A search of POST /leerlingen/zoekopdrachten; an absent filter is not sent. In the body, never in a URL: names and
 * dates of birth in a URL end up in logs and the browser's history.
 */
export interface LeerlingFilters {
  naam?: string;
  /** ISO date, 2017-03-14. */
  geboortedatum?: string;
  vestiging?: string;
  pageSize?: number;
}

export const leerlingSleutels = {
  alle: ['leerlingen'] as const,
  lijsten: ['leerlingen', 'lijst'] as const,
  lijst: (filters: LeerlingFilters) => ['leerlingen', 'lijst', filters] as const,
  detail: (id: string) => ['leerlingen', 'detail', id] as const,
};

/** The pupils the person may see, by name, page by page; `fetchNextPage` sends the same search with volgendeCursor. */
export function useLeerlingen(filters: LeerlingFilters, enabled = true) {
  return useCursorlijst({
    queryKey: leerlingSleutels.lijst(filters),
    enabled,
    houdVorige: true,
    haal: async (cursor) => uitkomst(await api.POST('/leerlingen/zoekopdrachten', { body: { ...filters, ...opCursor(cursor) } })),
  });
}

/** One pupil with the ondersteuningsbehoeften; its versie is what a change sends in If-Match. */
export function useLeerling(id: string, enabled = true) {
  return useQuery({
    queryKey: leerlingSleutels.detail(id),
    enabled,
    queryFn: async () => uitkomst(await api.GET('/leerlingen/{leerlingId}', { params: { path: { leerlingId: id } } })),
  });
}

export async function registreerLeerling(verzoek: LeerlingVerzoek): Promise<Leerling> {
  return uitkomst(await api.POST('/leerlingen', { body: verzoek }));
}

/**
 * Replaces the ondersteuningsbehoeften of `leerling`, based on the versie shown. On success the answer replaces the
 * cached pupil; on 412 the newest versie is fetched before the error is reported.
 */
export function useOndersteuningsbehoeftenVastleggen(leerling: Leerling) {
  return useLeerlingWijziging(leerling, async (behoeften: Ondersteuningsbehoeften, ifMatch) =>
    uitkomst(
      await api.PUT('/leerlingen/{leerlingId}/ondersteuningsbehoeften', {
        params: { path: { leerlingId: leerling.id }, header: { 'If-Match': ifMatch } },
        body: behoeften,
      }),
    ),
  );
}

/** Records the pupil's postcode area (four digits; null removes it), the same way as the ondersteuningsbehoeften. */
export function usePostcodegebiedVastleggen(leerling: Leerling) {
  return useLeerlingWijziging(leerling, async (postcodegebied: string | null, ifMatch) =>
    uitkomst(
      await api.PUT('/leerlingen/{leerlingId}/postcodegebied', {
        params: { path: { leerlingId: leerling.id }, header: { 'If-Match': ifMatch } },
        body: { postcodegebied },
      }),
    ),
  );
}

// One change of a pupil based on the versie shown: the answer replaces the cached pupil; on 412 the newest is fetched.
function useLeerlingWijziging<T>(leerling: Leerling, verstuur: (invoer: T, ifMatch: string) => Promise<Leerling>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invoer: T) => verstuur(invoer, alsEtag(leerling.versie)),
    onSuccess: (nieuw) => {
      queryClient.setQueryData(leerlingSleutels.detail(nieuw.id), nieuw);
      void queryClient.invalidateQueries({ queryKey: leerlingSleutels.lijsten });
    },
    onError: async (error) => {
      if (isVersieVerouderd(error)) {
        await queryClient.invalidateQueries({ queryKey: leerlingSleutels.detail(leerling.id) });
      }
    },
  });
}
