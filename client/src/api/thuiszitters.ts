import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import { EXPORT_MEDIATYPEN, type Exportformaat } from './export';
import { ApiError } from './problem';
import type { components, paths } from './schema';
import { opCursor, useCursorlijst } from './cursorlijst';
import { useWerkvoorraadPaginas } from './werkvoorraad';
import { opVersieVan, useZaakStap, type ZaakCache, type ZaakStap } from './zaakStap';

type Schemas = components['schemas'];
export type Thuiszitter = Schemas['Thuiszitter'];
export type ThuiszitterRegel = Schemas['ThuiszitterRegel'];
export type ThuiszitterVerzoek = Schemas['ThuiszitterVerzoek'];
export type ThuiszitterplanVerzoek = Schemas['ThuiszitterplanVerzoek'];
export type TerugkeerVerzoek = Schemas['TerugkeerVerzoek'];
export type ThuiszitterBeeindigingVerzoek = Schemas['ThuiszitterBeeindigingVerzoek'];
export type ThuiszitterWerkvoorraadItem = Schemas['ThuiszitterWerkvoorraadItem'];
export type Thuiszittertelling = Schemas['Thuiszittertelling'];

/** The filters of GET /thuiszitters; an absent one is not sent. */
export type ThuiszitterFilters = NonNullable<paths['/thuiszitters']['get']['parameters']['query']>;

export const thuiszitterSleutels = {
  alle: ['thuiszitters'] as const,
  werkvoorraad: ['thuiszitters', 'werkvoorraad'] as const,
  lijsten: ['thuiszitters', 'lijst'] as const,
  lijst: (filters: ThuiszitterFilters) => ['thuiszitters', 'lijst', filters] as const,
  detail: (id: string) => ['thuiszitters', 'detail', id] as const,
  telling: (peildatum: string) => ['thuiszitters', 'telling', peildatum] as const,
};

/** The register as the person may see it (a school only its own vestigingen), filtered by the API, page by page. */
export function useThuiszitters(filters: ThuiszitterFilters) {
  return useCursorlijst({
    queryKey: thuiszitterSleutels.lijst(filters),
    altijdVers: true,
    houdVorige: true,
    haal: async (cursor) => uitkomst(await api.GET('/thuiszitters', { params: { query: { ...filters, ...opCursor(cursor) } } })),
  });
}

/** One entry with its plan versions, return or end, history and the steps the person may take now. */
export function useThuiszitter(id: string) {
  return useQuery({
    queryKey: thuiszitterSleutels.detail(id),
    queryFn: async () => uitkomst(await api.GET('/thuiszitters/{thuiszitterId}', { params: { path: { thuiszitterId: id } } })),
  });
}

/** SWV staff: the open thuiszitters whose aim of 3 months nears or has passed, page by page (useWerkvoorraadPaginas). */
export function useThuiszitterWerkvoorraad(enabled = true) {
  return useWerkvoorraadPaginas(thuiszitterSleutels.werkvoorraad, enabled, async (cursor) =>
    uitkomst(await api.GET('/thuiszitters/werkvoorraad', { params: { query: opCursor(cursor) } })),
  );
}

/** SWV staff: the count on `peildatum` (an ISO date), exact figures. */
export function useThuiszittertelling(peildatum: string) {
  return useQuery({
    queryKey: thuiszitterSleutels.telling(peildatum),
    placeholderData: keepPreviousData,
    queryFn: async () => uitkomst(await api.GET('/thuiszitters/telling', { params: { query: { peildatum } } })),
  });
}

/** The same tables as the count, one line per cell, as CSV or Excel. */
export async function exporteerThuiszittertelling(peildatum: string, formaat: Exportformaat): Promise<Blob> {
  const { data, error, response } = await api.GET('/thuiszitters/telling/export', {
    params: { query: { peildatum } },
    headers: { Accept: EXPORT_MEDIATYPEN[formaat] },
    parseAs: 'blob',
  });
  if (!response.ok || data === undefined) throw new ApiError(response.status, error);
  return data as Blob;
}

/** Registers a thuiszitter (or a vrijstelling); a school only for its own pupil. */
export async function meldThuiszitter(verzoek: ThuiszitterVerzoek): Promise<Thuiszitter> {
  return uitkomst(await api.POST('/thuiszitters', { body: verzoek }));
}

/** A step on an entry, based on the versie the person saw. */
export type ThuiszitterStapActie<T> = ZaakStap<Thuiszitter, T>;

const opVersie = (thuiszitter: Thuiszitter) => opVersieVan('thuiszitterId', thuiszitter);

export const werkPlanBij: ThuiszitterStapActie<ThuiszitterplanVerzoek> = async (thuiszitter, body) =>
  uitkomst(await api.PUT('/thuiszitters/{thuiszitterId}/plan', { params: opVersie(thuiszitter), body }));

export const legTerugkeerVast: ThuiszitterStapActie<TerugkeerVerzoek> = async (thuiszitter, body) =>
  uitkomst(await api.POST('/thuiszitters/{thuiszitterId}/terugkeer', { params: opVersie(thuiszitter), body }));

export const beeindigThuiszitter: ThuiszitterStapActie<ThuiszitterBeeindigingVerzoek> = async (thuiszitter, body) =>
  uitkomst(await api.POST('/thuiszitters/{thuiszitterId}/beeindiging', { params: opVersie(thuiszitter), body }));

export const THUISZITTER_CACHE: ZaakCache = {
  detail: thuiszitterSleutels.detail,
  overzichten: [{ queryKey: thuiszitterSleutels.lijsten }, { queryKey: thuiszitterSleutels.werkvoorraad }],
};

/** Takes `stap` on the entry (useZaakStap): the answer replaces the cached entry; the list and werkvoorraad are fetched anew. */
export function useThuiszitterStap<T>(thuiszitter: Thuiszitter, stap: ThuiszitterStapActie<T>) {
  return useZaakStap(THUISZITTER_CACHE, thuiszitter, stap);
}
