import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { opCursor, useCursorlijst } from './cursorlijst';
import { alsEtag, isVersieVerouderd, uitkomst, zonderInhoud } from './antwoord';
import { api } from './client';
import { ApiError } from './problem';
import type { components, paths } from './schema';

export type Aanbieder = components['schemas']['Aanbieder'];
export type AanbiederPagina = components['schemas']['AanbiederPagina'];
export type AangebodenBegeleiding = components['schemas']['AangebodenBegeleiding'];
export type Communicatiecontext = components['schemas']['Communicatiecontext'];
export type CommunicatiecontextInvoer = components['schemas']['CommunicatiecontextInvoer'];
export type NieuweAanbiederVerzoek = components['schemas']['NieuweAanbiederVerzoek'];
export type NieuwAanbodVerzoek = components['schemas']['NieuwAanbodVerzoek'];
export type Werkgebied = components['schemas']['Werkgebied'];

/** The search filters of GET /onderwijsbegeleidingsaanbieders; an absent filter is not sent. */
export type AanbiederSortering = NonNullable<NonNullable<paths['/onderwijsbegeleidingsaanbieders']['get']['parameters']['query']>['sorteer']>;

export interface AanbiederFilters {
  naam?: string;
  /** The API's order; without it, by naam. */
  sorteer?: AanbiederSortering;
  expertise?: string;
  cluster?: components['schemas']['Cluster'];
  werkgebied?: string;
  geldigOp?: string;
}

export const aanbiederSleutels = {
  alle: ['aanbieders'] as const,
  zoeken: ['aanbieders', 'zoeken'] as const,
  zoek: (filters: AanbiederFilters) => ['aanbieders', 'zoeken', filters] as const,
  detail: (code: string) => ['aanbieders', 'detail', code] as const,
};

/** Searches the register page by page; `fetchNextPage` follows volgendeCursor. */
export function useAanbiedersZoeken(filters: AanbiederFilters, enabled = true) {
  return useCursorlijst({
    queryKey: aanbiederSleutels.zoek(filters),
    enabled,
    haal: async (cursor) => {
      const { data, error, response } = await api.GET('/onderwijsbegeleidingsaanbieders', { params: { query: { ...filters, ...opCursor(cursor) } } });
      if (response.ok && data) return data;
      throw new ApiError(response.status, error);
    },
  });
}

/** One aanbieder with its aanbod and contacts; its versie is what a change sends in If-Match. */
export function useAanbieder(code: string) {
  return useQuery({
    queryKey: aanbiederSleutels.detail(code),
    queryFn: async () => {
      const { data, error, response } = await api.GET('/onderwijsbegeleidingsaanbieders/{code}', {
        params: { path: { code } },
      });
      if (response.ok && data) return data;
      throw new ApiError(response.status, error);
    },
  });
}

export { alsEtag, isVersieVerouderd };

export async function registreerAanbieder(verzoek: NieuweAanbiederVerzoek): Promise<Aanbieder> {
  return uitkomst(await api.POST('/onderwijsbegeleidingsaanbieders', { body: verzoek }));
}

/** A change to an existing aanbieder, based on the versie the user saw. */
export type AanbiederWijziging<T> = (aanbieder: Aanbieder, invoer: T) => Promise<Aanbieder>;

export const wijzigContactgegevens: AanbiederWijziging<CommunicatiecontextInvoer[]> = async (aanbieder, contexten) =>
  uitkomst(
    await api.PUT('/onderwijsbegeleidingsaanbieders/{code}/communicatiecontexten', {
      params: { path: { code: aanbieder.code }, header: { 'If-Match': alsEtag(aanbieder.versie) } },
      body: { communicatiecontexten: contexten },
    }),
  );

export const biedBegeleidingAan: AanbiederWijziging<NieuwAanbodVerzoek> = async (aanbieder, verzoek) =>
  uitkomst(
    await api.POST('/onderwijsbegeleidingsaanbieders/{code}/aanbod', {
      params: { path: { code: aanbieder.code }, header: { 'If-Match': alsEtag(aanbieder.versie) } },
      body: verzoek,
    }),
  );

export const beeindigAanbod: AanbiederWijziging<{ aanbodId: string; laatsteDag: string | null }> = async (
  aanbieder,
  { aanbodId, laatsteDag },
) =>
  uitkomst(
    await api.POST('/onderwijsbegeleidingsaanbieders/{code}/aanbod/{aanbodId}/beeindiging', {
      params: { path: { code: aanbieder.code, aanbodId }, header: { 'If-Match': alsEtag(aanbieder.versie) } },
      body: { laatsteDag },
    }),
  );

export const neemUitBedrijf: AanbiederWijziging<{ laatsteDag: string | null }> = async (aanbieder, { laatsteDag }) =>
  uitkomst(
    await api.POST('/onderwijsbegeleidingsaanbieders/{code}/uitbedrijfname', {
      params: { path: { code: aanbieder.code }, header: { 'If-Match': alsEtag(aanbieder.versie) } },
      body: { laatsteDag },
    }),
  );

export async function verwijderAanbieder(aanbieder: Aanbieder): Promise<void> {
  zonderInhoud(
    await api.DELETE('/onderwijsbegeleidingsaanbieders/{code}', {
      params: { path: { code: aanbieder.code }, header: { 'If-Match': alsEtag(aanbieder.versie) } },
    }),
  );
}

/**
 * A change to `aanbieder` with If-Match set to the versie shown. On success the answer replaces the cached
 * aanbieder, so the page shows (and the next change sends) the new versie; on 412 the newest versie is fetched
 * before the error is reported, so the user sees what someone else changed.
 */
export function useAanbiederWijziging<T>(aanbieder: Aanbieder, wijziging: AanbiederWijziging<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invoer: T) => wijziging(aanbieder, invoer),
    onSuccess: (nieuw) => {
      queryClient.setQueryData(aanbiederSleutels.detail(nieuw.code), nieuw);
      void queryClient.invalidateQueries({ queryKey: aanbiederSleutels.zoeken });
    },
    onError: async (error) => {
      if (isVersieVerouderd(error)) {
        await queryClient.invalidateQueries({ queryKey: aanbiederSleutels.detail(aanbieder.code) });
      }
    },
  });
}
