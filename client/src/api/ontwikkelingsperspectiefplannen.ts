import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import { ApiError } from './problem';
import type { components, paths } from './schema';
import { opCursor, useCursorlijst } from './cursorlijst';
import { useWerkvoorraadPaginas } from './werkvoorraad';
import { opVersieVan, useZaakStap, type ZaakCache, type ZaakStap } from './zaakStap';

type Schemas = components['schemas'];
export type Opp = Schemas['Opp'];
export type OppVersie = Schemas['OppVersie'];
export type OppInhoud = Schemas['OppInhoud'];
export type OppInhoudVerzoek = Schemas['OppInhoudVerzoek'];
export type OppEvaluatie = Schemas['OppEvaluatie'];
export type OppVerschillen = Schemas['OppVerschillen'];
export type OppStap = Schemas['OppStap'];
export type OppStatus = Schemas['OppStatus'];
export type StartOppVerzoek = Schemas['StartOppVerzoek'];

export const oppSleutels = {
  alle: ['ontwikkelingsperspectiefplannen'] as const,
  detail: (id: string) => ['ontwikkelingsperspectiefplannen', 'detail', id] as const,
  verschillen: (id: string, van: number, naar: number) => ['ontwikkelingsperspectiefplannen', 'verschillen', id, van, naar] as const,
};

/** One OPP with every version, the procedure, the evaluations and the history; its versie goes in If-Match of the next step. */
export function useOpp(id: string) {
  return useQuery({
    queryKey: oppSleutels.detail(id),
    queryFn: async () =>
      uitkomst(await api.GET('/ontwikkelingsperspectiefplannen/{oppId}', { params: { path: { oppId: id } } })),
  });
}

/**
 * What differs field by field between two versions of an OPP. Versions never change once they are no longer a
 * concept, so the answer is cached with the OPP's versie in the key when the concept is one of the two.
 */
export function useOppVerschillen(opp: Opp, van: number, naar: number, enabled = true) {
  const conceptErbij = opp.conceptversie === van || opp.conceptversie === naar;
  return useQuery({
    queryKey: [...oppSleutels.verschillen(opp.id, van, naar), conceptErbij ? opp.versie : 0],
    enabled: enabled && van !== naar,
    queryFn: async () =>
      uitkomst(
        await api.GET('/ontwikkelingsperspectiefplannen/{oppId}/verschillen', {
          params: { path: { oppId: opp.id }, query: { van: String(van), naar: String(naar) } },
        }),
      ),
  });
}

/** Starts the OPP of a pupil (school staff): an empty concept, version 1. */
export async function startOpp(verzoek: StartOppVerzoek): Promise<Opp> {
  return uitkomst(await api.POST('/ontwikkelingsperspectiefplannen', { body: verzoek }));
}

/** A step in the lifecycle of an OPP, based on the versie the person saw. */
export type OppStapActie<T> = ZaakStap<Opp, T>;

const opVersie = (opp: Opp) => opVersieVan('oppId', opp);

/** Replaces what the concept says; a concept may be incomplete. */
export const werkOppBij: OppStapActie<OppInhoudVerzoek> = async (opp, body) =>
  uitkomst(await api.PUT('/ontwikkelingsperspectiefplannen/{oppId}/concept', { params: opVersie(opp), body }));

export const legOverlegVast: OppStapActie<Schemas['OverlegVerzoek']> = async (opp, body) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/overleg', { params: opVersie(opp), body }));

export const legHoorrechtVast: OppStapActie<Schemas['HoorrechtVerzoek']> = async (opp, body) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/hoorrecht', { params: opVersie(opp), body }));

export const legInstemmingVast: OppStapActie<Schemas['InstemmingVerzoek']> = async (opp, body) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/instemming', { params: opVersie(opp), body }));

export const stelOppVast: OppStapActie<Schemas['VaststellingVerzoek']> = async (opp, body) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/vaststelling', { params: opVersie(opp), body }));

/** A new concept from the vastgestelde version, which holds until the new one is vastgesteld. */
export const herzieOpp: OppStapActie<void> = async (opp) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/herziening', { params: opVersie(opp) }));

/** The school shares the concept with the ouders for the overleg: they read it in the ouderportaal from then on. */
export const deelConceptMetOuders: OppStapActie<void> = async (opp) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/concept-delen', { params: opVersie(opp) }));

/** The school stops sharing the concept: the ouders no longer see it in the ouderportaal. */
export const stopDelenMetOuders: OppStapActie<void> = async (opp) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/delen-stoppen', { params: opVersie(opp) }));

export const evalueerOpp: OppStapActie<Schemas['OppEvaluatieVerzoek']> = async (opp, body) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/evaluaties', { params: opVersie(opp), body }));

export const bevestigRodRegistratie: OppStapActie<Schemas['RodRegistratieVerzoek']> = async (opp, body) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/rod-registratie', { params: opVersie(opp), body }));

export const sluitOppAf: OppStapActie<Schemas['AfsluitingVerzoek']> = async (opp, body) =>
  uitkomst(await api.POST('/ontwikkelingsperspectiefplannen/{oppId}/afsluiting', { params: opVersie(opp), body }));

// Every other OPP query (lists, werkvoorraad, verschillen) sits under oppSleutels.alle.
const OPP_CACHE: ZaakCache = {
  detail: oppSleutels.detail,
  overzichten: [{ queryKey: oppSleutels.alle, predicate: (q) => q.queryKey[1] !== 'detail' }],
};

/** Takes `stap` on `opp` (useZaakStap): the answer replaces the cached OPP and every other OPP query is fetched anew. */
export function useOppStap<T>(opp: Opp, stap: OppStapActie<T>) {
  return useZaakStap(OPP_CACHE, opp, stap);
}

export type OppRij = Schemas['OppRij'];
export type OppWerkvoorraadItem = Schemas['OppWerkvoorraadItem'];
type OppQuery = NonNullable<paths['/ontwikkelingsperspectiefplannen']['get']['parameters']['query']>;

/** The filters of GET /ontwikkelingsperspectiefplannen; an absent one is not sent. */
export type OppFilters = Pick<OppQuery, 'leerlingId' | 'status' | 'vestiging'>;

// Under oppSleutels.alle, so a step (useOppStap) fetches the lists and the werkvoorraad anew.
export const oppLijstSleutels = {
  lijst: (filters: OppFilters) => [...oppSleutels.alle, 'lijst', filters] as const,
  werkvoorraad: [...oppSleutels.alle, 'werkvoorraad'] as const,
};

/** The OPP's the person may see as rows, newest start first, page by page with the totaal. */
export function useOpps(filters: OppFilters, enabled = true) {
  return useCursorlijst({
    queryKey: oppLijstSleutels.lijst(filters),
    enabled,
    altijdVers: true,
    houdVorige: true,
    haal: async (cursor) => uitkomst(await api.GET('/ontwikkelingsperspectiefplannen', { params: { query: { ...filters, ...opCursor(cursor) } } })),
  });
}

/** What waits for the signed-in person on OPP's, "OPP ontbreekt" included, page by page (useWerkvoorraadPaginas). */
export function useOppWerkvoorraad(enabled = true) {
  return useWerkvoorraadPaginas(oppLijstSleutels.werkvoorraad, enabled, async (cursor) =>
    uitkomst(await api.GET('/ontwikkelingsperspectiefplannen/werkvoorraad', { params: { query: opCursor(cursor) } })),
  );
}

/** One version of an OPP as a PDF, for whoever may read the OPP; every download is audited by the API. */
export async function haalOppPdfOp(oppId: string, versie: number): Promise<Blob> {
  const { data, error, response } = await api.GET('/ontwikkelingsperspectiefplannen/{oppId}/versies/{versie}/pdf', {
    params: { path: { oppId, versie: String(versie) } },
    parseAs: 'blob',
  });
  if (!response.ok || data === undefined) throw new ApiError(response.status, error);
  return data as Blob;
}

/**
 * "opp-Sanne-de-Vries-v2.pdf", as the API names it: accents dropped, every run of other characters that are not a
 * letter, digit or dash one dash.
 */
export function oppPdfBestandsnaam(leerlingNaam: string, versie: number): string {
  const naam = `opp-${leerlingNaam}-v${versie}`
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${naam}.pdf`;
}
