// Taking a step on a case (an arrangement, a TLV, an OPP): the same request shape and cache handling for every kind,
// which differs only in its path parameter and its query keys.
import { useMutation, useQueryClient, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { alsEtag, isVersieVerouderd } from './antwoord';

/** A case whose next steps the API lists, changed with If-Match of the versie shown. */
export interface Zaak {
  id: string;
  versie: number;
  toegestaneStappen: readonly string[];
}

/** A step on a case, based on the versie the person saw; the answer is the case as it is now. */
export type ZaakStap<Z extends Zaak, T> = (zaak: Z, invoer: T) => Promise<Z>;

/**
 * The parameters of a step request: the case's id under the path parameter `padNaam` ("oppId", "tlvId", …) and its
 * versie in If-Match, so the API refuses the step (412) when someone else changed the case first.
 */
export function opVersieVan<N extends string>(padNaam: N, zaak: Zaak) {
  return { path: { [padNaam]: zaak.id } as Record<N, string>, header: { 'If-Match': alsEtag(zaak.versie) } };
}

/** Where one kind of case lives in the query cache. */
export interface ZaakCache {
  /** The key of one case, as its detail query caches it. */
  detail: (id: string) => QueryKey;
  /** The other queries a step may change: the lists and werkvoorraad of this kind of case. */
  overzichten: readonly InvalidateQueryFilters[];
}

/**
 * Takes `stap` on `zaak` with If-Match set to the versie shown. On success the answer replaces the cached case (so
 * the page shows, and the next step sends, the new versie) and the overzichten are fetched anew; on 412 the newest
 * versie is fetched before the error is reported, so the person sees what changed. A step that answers with another
 * case (a TLV's herindicatie: the new request) caches that one under its own id and fetches the old one anew.
 */
export function useZaakStap<Z extends Zaak, T>(cache: ZaakCache, zaak: Z, stap: ZaakStap<Z, T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invoer: T) => stap(zaak, invoer),
    onSuccess: (nieuw) => {
      queryClient.setQueryData(cache.detail(nieuw.id), nieuw);
      if (nieuw.id !== zaak.id) void queryClient.invalidateQueries({ queryKey: cache.detail(zaak.id) });
      for (const filters of cache.overzichten) void queryClient.invalidateQueries(filters);
    },
    onError: async (error) => {
      if (isVersieVerouderd(error)) {
        await queryClient.invalidateQueries({ queryKey: cache.detail(zaak.id) });
      }
    },
  });
}
