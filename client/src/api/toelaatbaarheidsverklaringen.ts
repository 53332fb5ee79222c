import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import { ApiError } from './problem';
import type { components, paths } from './schema';
import { opCursor, useCursorlijst } from './cursorlijst';
import { useWerkvoorraadPaginas } from './werkvoorraad';
import { opVersieVan, useZaakStap, type ZaakCache, type ZaakStap } from './zaakStap';

type Schemas = components['schemas'];
export type Tlv = Schemas['Tlv'];
export type TlvRij = Schemas['TlvRij'];
export type TlvWerkvoorraadItem = Schemas['TlvWerkvoorraadItem'];
export type TlvAanvraagVerzoek = Schemas['TlvAanvraagVerzoek'];
export type Deskundigenadvies = Schemas['Deskundigenadvies'];
export type Bezwaar = Schemas['Bezwaar'];
export type TlvStatus = Schemas['TlvStatus'];
export type SoortToelaatbaarheid = Schemas['SoortToelaatbaarheid'];
export type Bekostigingscategorie = Schemas['Bekostigingscategorie'];
type TlvQuery = NonNullable<paths['/toelaatbaarheidsverklaringen']['get']['parameters']['query']>;
export type TlvSortering = NonNullable<TlvQuery['sorteer']>;

/** The filters and order of GET /toelaatbaarheidsverklaringen; an absent one is not sent. */
export type TlvFilters = Pick<TlvQuery, 'status' | 'soort' | 'categorie' | 'leerlingId' | 'vestiging' | 'verlooptVoor' | 'sorteer'>;

export const tlvSleutels = {
  alle: ['toelaatbaarheidsverklaringen'] as const,
  werkvoorraad: ['toelaatbaarheidsverklaringen', 'werkvoorraad'] as const,
  lijsten: ['toelaatbaarheidsverklaringen', 'lijst'] as const,
  lijst: (filters: TlvFilters) => ['toelaatbaarheidsverklaringen', 'lijst', filters] as const,
  detail: (id: string) => ['toelaatbaarheidsverklaringen', 'detail', id] as const,
};

/** The TLV's the person may see as overview rows, filtered and sorted by the API, page by page with the totaal. */
export function useTlvs(filters: TlvFilters, enabled = true) {
  return useCursorlijst({
    queryKey: tlvSleutels.lijst(filters),
    enabled,
    altijdVers: true,
    houdVorige: true,
    haal: async (cursor) => uitkomst(await api.GET('/toelaatbaarheidsverklaringen', { params: { query: { ...filters, ...opCursor(cursor) } } })),
  });
}

/** What waits for the signed-in person on TLV's, page by page (useWerkvoorraadPaginas). */
export function useTlvWerkvoorraad(enabled = true) {
  return useWerkvoorraadPaginas(tlvSleutels.werkvoorraad, enabled, async (cursor) =>
    uitkomst(await api.GET('/toelaatbaarheidsverklaringen/werkvoorraad', { params: { query: opCursor(cursor) } })),
  );
}

/** One TLV with its advices, decision, bezwaren and history; its versie is what the next step sends in If-Match. */
export function useTlv(id: string) {
  return useQuery({
    queryKey: tlvSleutels.detail(id),
    queryFn: async () =>
      uitkomst(await api.GET('/toelaatbaarheidsverklaringen/{tlvId}', { params: { path: { tlvId: id } } })),
  });
}

/** Requests a TLV (school staff for a pupil of their vestiging, or SWV staff). */
export async function vraagTlvAan(verzoek: TlvAanvraagVerzoek): Promise<Tlv> {
  return uitkomst(await api.POST('/toelaatbaarheidsverklaringen', { body: verzoek }));
}

/** The beschikking as a PDF (only once there is a decision); every download is audited by the API. */
export async function haalBeschikkingOp(tlvId: string): Promise<Blob> {
  const { data, error, response } = await api.GET('/toelaatbaarheidsverklaringen/{tlvId}/beschikking', {
    params: { path: { tlvId } },
    parseAs: 'blob',
  });
  if (!response.ok || data === undefined) throw new ApiError(response.status, error);
  return data as Blob;
}

/** A step in the lifecycle of a TLV, based on the versie the person saw. */
export type TlvStapActie<T> = ZaakStap<Tlv, T>;

const opVersie = (tlv: Tlv) => opVersieVan('tlvId', tlv);

export const wijsAdviseurAan: TlvStapActie<Schemas['AdviseurVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/adviseurs', { params: opVersie(tlv), body }));

export const brengAdviesUit: TlvStapActie<Schemas['AdviesVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/adviezen', { params: opVersie(tlv), body }));

export const neemTlvBesluit: TlvStapActie<Schemas['BesluitVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/besluit', { params: opVersie(tlv), body }));

export const maakTlvBekend: TlvStapActie<Schemas['BekendmakingVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bekendmaking', { params: opVersie(tlv), body }));

export const trekTlvIn: TlvStapActie<Schemas['RedenVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/intrekking', { params: opVersie(tlv), body }));

export const bevestigInschrijving: TlvStapActie<Schemas['InschrijvingVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/inschrijving', { params: opVersie(tlv), body }));

/** Starts a new request for the period after this TLV, prefilled from it; the answer is the new request. */
export const startHerindicatie: TlvStapActie<void> = async (tlv) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/herindicatie', { params: opVersie(tlv) }));

export const ontvangBezwaar: TlvStapActie<Schemas['BezwaarVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar', { params: opVersie(tlv), body }));

export const verschoonTermijnoverschrijding: TlvStapActie<Schemas['RedenVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar/verschoning', { params: opVersie(tlv), body }));

export const verklaarBezwaarNietOntvankelijk: TlvStapActie<Schemas['NietOntvankelijkVerzoek']> = async (tlv, body) =>
  uitkomst(
    await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar/niet-ontvankelijk', { params: opVersie(tlv), body }),
  );

export const vraagLbtAdvies: TlvStapActie<Schemas['LbtAdviesaanvraagVerzoek']> = async (tlv, body) =>
  uitkomst(
    await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar/lbt-adviesaanvraag', { params: opVersie(tlv), body }),
  );

export const legHoorzittingVast: TlvStapActie<Schemas['HoorzittingVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar/hoorzitting', { params: opVersie(tlv), body }));

export const legLbtAdviesVast: TlvStapActie<Schemas['LbtAdviesVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar/lbt-advies', { params: opVersie(tlv), body }));

export const verdaagBeslistermijn: TlvStapActie<Schemas['RedenVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar/verdaging', { params: opVersie(tlv), body }));

export const beslisOpBezwaar: TlvStapActie<Schemas['BeslissingOpBezwaarVerzoek']> = async (tlv, body) =>
  uitkomst(await api.POST('/toelaatbaarheidsverklaringen/{tlvId}/bezwaar/beslissing', { params: opVersie(tlv), body }));

const TLV_CACHE: ZaakCache = {
  detail: tlvSleutels.detail,
  overzichten: [{ queryKey: tlvSleutels.lijsten }, { queryKey: tlvSleutels.werkvoorraad }],
};

/**
 * Takes `stap` on `tlv` (useZaakStap): the answer replaces the cached TLV and the lists and werkvoorraad are fetched
 * anew. A herindicatie answers with the new request, which is cached under its own id.
 */
export function useTlvStap<T>(tlv: Tlv, stap: TlvStapActie<T>) {
  return useZaakStap(TLV_CACHE, tlv, stap);
}
