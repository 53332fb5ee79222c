import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components, paths } from './schema';
import { opCursor, useCursorlijst } from './cursorlijst';
import { useWerkvoorraadPaginas } from './werkvoorraad';
import { opVersieVan, useZaakStap, type ZaakCache, type ZaakStap } from './zaakStap';

export type Arrangement = components['schemas']['Arrangement'];
export type AanvraagVerzoek = components['schemas']['AanvraagVerzoek'];
export type Doel = components['schemas']['Doel'];
export type Evaluatie = components['schemas']['Evaluatie'];
export type EvaluatieVerzoek = components['schemas']['EvaluatieVerzoek'];
export type Gebeurtenis = components['schemas']['Gebeurtenis'];
export type WerkvoorraadItem = components['schemas']['WerkvoorraadItem'];
export type ArrangementSamenvatting = components['schemas']['ArrangementSamenvatting'];
export type MijnAanvraag = components['schemas']['MijnAanvraag'];
/** The order of "Mijn aanvragen" (`-aangevraagdOp`: newest request first); the API's default is behandeldeadline. */
export type MijnAanvragenSortering = NonNullable<
  NonNullable<paths['/arrangementen/mijn-aanvragen']['get']['parameters']['query']>['sorteer']
>;

/** The filters of GET /arrangementen/overzicht; an absent filter is not sent. */
export interface ArrangementFilters {
  status?: components['schemas']['ArrangementStatus'];
  soort?: components['schemas']['SoortArrangement'];
  vestiging?: string;
  leerlingId?: string;
  evaluatieVerlopen?: boolean;
}

export const arrangementSleutels = {
  alle: ['arrangementen'] as const,
  werkvoorraad: ['arrangementen', 'werkvoorraad'] as const,
  tellingen: ['arrangementen', 'tellingen'] as const,
  lijsten: ['arrangementen', 'lijst'] as const,
  lijst: (filters: ArrangementFilters) => ['arrangementen', 'lijst', filters] as const,
  // Under the lists: a step that invalidates them (a decision ends a request's "in progress") refreshes this one too.
  mijnAanvragen: ['arrangementen', 'lijst', 'mijn-aanvragen'] as const,
  detail: (id: string) => ['arrangementen', 'detail', id] as const,
};

/** "Mijn werkvoorraad" for arrangementen: what waits for the signed-in person, page by page (useWerkvoorraadPaginas). */
export function useWerkvoorraad(enabled = true) {
  return useWerkvoorraadPaginas(arrangementSleutels.werkvoorraad, enabled, async (cursor) =>
    uitkomst(await api.GET('/arrangementen/werkvoorraad', { params: { query: opCursor(cursor) } })),
  );
}

/**
 * "Mijn aanvragen": the person's own requests the SWV has not decided on yet, in the chosen order (by default the
 * earliest behandeldeadline first, which is not sent), page by page; `fetchNextPage` follows volgendeCursor and every
 * page carries the totaal.
 */
export function useMijnAanvragen(enabled: boolean, sorteer: MijnAanvragenSortering = 'behandeldeadline') {
  return useCursorlijst({
    queryKey: [...arrangementSleutels.mijnAanvragen, sorteer],
    enabled,
    altijdVers: true,
    houdVorige: true,
    haal: async (cursor) =>
      uitkomst(
        await api.GET('/arrangementen/mijn-aanvragen', {
          params: { query: { ...(sorteer !== 'behandeldeadline' && { sorteer }), ...opCursor(cursor) } },
        }),
      ),
  });
}

/**
 * How many arrangementen of the samenwerkingsverband are in each status (SWV staff only). Kept up to date from the
 * arrangement events, so it may lag a moment behind a step just taken.
 */
export function useArrangementTellingen(enabled: boolean) {
  return useQuery({
    queryKey: arrangementSleutels.tellingen,
    enabled,
    staleTime: 0,
    queryFn: async () => uitkomst(await api.GET('/arrangementen/tellingen')),
  });
}

/**
 * The arrangementen the person may see as overview rows (no goals, support needs or history: a list shows none of
 * it), page by page; `fetchNextPage` follows volgendeCursor.
 */
export function useArrangementen(filters: ArrangementFilters, enabled = true) {
  return useCursorlijst({
    queryKey: arrangementSleutels.lijst(filters),
    enabled,
    altijdVers: true,
    haal: async (cursor) => uitkomst(await api.GET('/arrangementen/overzicht', { params: { query: { ...filters, ...opCursor(cursor) } } })),
  });
}

/** One arrangement with its whole history; its versie is what the next step sends in If-Match. */
export function useArrangement(id: string) {
  return useQuery({
    queryKey: arrangementSleutels.detail(id),
    queryFn: async () =>
      uitkomst(await api.GET('/arrangementen/{arrangementId}', { params: { path: { arrangementId: id } } })),
  });
}

/**
 * Requests an arrangement. `idempotencyKey` belongs to one filled-in form: sending it again (after a network
 * failure, or after correcting the input) never creates a second arrangement.
 */
export async function vraagArrangementAan(verzoek: AanvraagVerzoek, idempotencyKey: string): Promise<Arrangement> {
  return uitkomst(
    await api.POST('/arrangementen', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: verzoek }),
  );
}

/** A step in the lifecycle of an arrangement, based on the versie the person saw. */
export type ArrangementStap<T> = ZaakStap<Arrangement, T>;

const opVersie = (arrangement: Arrangement) => opVersieVan('arrangementId', arrangement);

export const neemInBehandeling: ArrangementStap<void> = async (arrangement) =>
  uitkomst(await api.POST('/arrangementen/{arrangementId}/behandeling', { params: opVersie(arrangement) }));

export const vraagInformatie: ArrangementStap<components['schemas']['VraagVerzoek']> = async (arrangement, body) =>
  uitkomst(await api.POST('/arrangementen/{arrangementId}/informatieverzoek', { params: opVersie(arrangement), body }));

export const beantwoordVraag: ArrangementStap<components['schemas']['AntwoordVerzoek']> = async (arrangement, body) =>
  uitkomst(
    await api.POST('/arrangementen/{arrangementId}/informatieverzoek/antwoord', { params: opVersie(arrangement), body }),
  );

export const kenToe: ArrangementStap<components['schemas']['ToekenningVerzoek']> = async (arrangement, body) =>
  uitkomst(await api.POST('/arrangementen/{arrangementId}/toekenning', { params: opVersie(arrangement), body }));

export const wijsAf: ArrangementStap<components['schemas']['AfwijzingVerzoek']> = async (arrangement, body) =>
  uitkomst(await api.POST('/arrangementen/{arrangementId}/afwijzing', { params: opVersie(arrangement), body }));

export const start: ArrangementStap<components['schemas']['StartVerzoek']> = async (arrangement, body) =>
  uitkomst(await api.POST('/arrangementen/{arrangementId}/start', { params: opVersie(arrangement), body }));

export const evalueer: ArrangementStap<EvaluatieVerzoek> = async (arrangement, body) =>
  uitkomst(await api.POST('/arrangementen/{arrangementId}/evaluaties', { params: opVersie(arrangement), body }));

export const beeindig: ArrangementStap<components['schemas']['BeeindigingVerzoek']> = async (arrangement, body) =>
  uitkomst(await api.POST('/arrangementen/{arrangementId}/beeindiging', { params: opVersie(arrangement), body }));

const ARRANGEMENT_CACHE: ZaakCache = {
  detail: arrangementSleutels.detail,
  overzichten: [{ queryKey: arrangementSleutels.lijsten }, { queryKey: arrangementSleutels.werkvoorraad }],
};

/**
 * Takes `stap` on `arrangement` (useZaakStap): the answer replaces the cached arrangement and the lists and
 * werkvoorraad are fetched anew.
 */
export function useArrangementStap<T>(arrangement: Arrangement, stap: ArrangementStap<T>) {
  return useZaakStap(ARRANGEMENT_CACHE, arrangement, stap);
}
