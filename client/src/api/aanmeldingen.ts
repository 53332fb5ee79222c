import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components, paths } from './schema';
import { opCursor, useCursorlijst } from './cursorlijst';
import { useWerkvoorraadPaginas } from './werkvoorraad';
import { opVersieVan, useZaakStap, type ZaakCache, type ZaakStap } from './zaakStap';

type Schemas = components['schemas'];
export type Aanmelding = Schemas['Aanmelding'];
export type AanmeldingRij = Schemas['AanmeldingRij'];
export type AanmeldingVerzoek = Schemas['AanmeldingVerzoek'];
export type AanmeldingWerkvoorraadItem = Schemas['AanmeldingWerkvoorraadItem'];
type AanmeldingQuery = NonNullable<paths['/aanmeldingen']['get']['parameters']['query']>;

/** The filters of GET /aanmeldingen; an absent one is not sent. */
export type AanmeldingFilters = Pick<AanmeldingQuery, 'vestiging' | 'regio' | 'status' | 'open' | 'verlopen'>;

export const aanmeldingSleutels = {
  alle: ['aanmeldingen'] as const,
  detail: (id: string) => ['aanmeldingen', 'detail', id] as const,
  lijst: (filters: AanmeldingFilters) => ['aanmeldingen', 'lijst', filters] as const,
  werkvoorraad: ['aanmeldingen', 'werkvoorraad'] as const,
};

export function useAanmelding(id: string) {
  return useQuery({
    queryKey: aanmeldingSleutels.detail(id),
    queryFn: async () => uitkomst(await api.GET('/aanmeldingen/{aanmeldingId}', { params: { path: { aanmeldingId: id } } })),
  });
}

/** The aanmeldingen the person may see, open ones first and the most overdue on top, page by page. */
export function useAanmeldingen(filters: AanmeldingFilters) {
  return useCursorlijst({
    queryKey: aanmeldingSleutels.lijst(filters),
    altijdVers: true,
    houdVorige: true,
    haal: async (cursor) => uitkomst(await api.GET('/aanmeldingen', { params: { query: { ...filters, ...opCursor(cursor) } } })),
  });
}

/** What waits for the signed-in person on aanmeldingen (the school decides; the SWV watches), page by page. */
export function useAanmeldingWerkvoorraad(enabled = true) {
  return useWerkvoorraadPaginas(aanmeldingSleutels.werkvoorraad, enabled, async (cursor) =>
    uitkomst(await api.GET('/aanmeldingen/werkvoorraad', { params: { query: opCursor(cursor) } })),
  );
}

export async function registreerAanmelding(verzoek: AanmeldingVerzoek): Promise<Aanmelding> {
  return uitkomst(await api.POST('/aanmeldingen', { body: verzoek }));
}

export type AanmeldingStapActie<T> = ZaakStap<Aanmelding, T>;

const opVersie = (aanmelding: Aanmelding) => opVersieVan('aanmeldingId', aanmelding);

export const verlengAanmelding: AanmeldingStapActie<Schemas['VerlengingVerzoek']> = async (a, body) =>
  uitkomst(await api.POST('/aanmeldingen/{aanmeldingId}/verlenging', { params: opVersie(a), body }));

export const besluitOverAanmelding: AanmeldingStapActie<Schemas['ToelatingsbesluitVerzoek']> = async (a, body) =>
  uitkomst(await api.POST('/aanmeldingen/{aanmeldingId}/besluit', { params: opVersie(a), body }));

export const trekAanmeldingIn: AanmeldingStapActie<Schemas['IntrekkingVerzoek']> = async (a, body) =>
  uitkomst(await api.POST('/aanmeldingen/{aanmeldingId}/intrekking', { params: opVersie(a), body }));

const AANMELDING_CACHE: ZaakCache = {
  detail: aanmeldingSleutels.detail,
  overzichten: [{ queryKey: aanmeldingSleutels.alle, predicate: (q) => q.queryKey[1] !== 'detail' }],
};

/** Takes `stap` on `aanmelding`: the answer replaces the cached one and the lists are fetched anew. */
export function useAanmeldingStap<T>(aanmelding: Aanmelding, stap: AanmeldingStapActie<T>) {
  return useZaakStap(AANMELDING_CACHE, aanmelding, stap);
}
