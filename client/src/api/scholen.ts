import { type InfiniteData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { opCursor, useCursorlijst } from './cursorlijst';
import { alsEtag, isVersieVerouderd, uitkomst } from './antwoord';
import { api } from './client';
import type { components, paths } from './schema';

export type School = components['schemas']['School'];
export type IvoVelden = components['schemas']['IvoVelden'];
type ScholenPagina = components['schemas']['Scholen'];
type ScholenQuery = NonNullable<paths['/scholen']['get']['parameters']['query']>;
export type SchoolSortering = NonNullable<ScholenQuery['sorteer']>;

/** The search, filters and order of GET /scholen; an absent one is not sent. */
export type SchoolFilters = Pick<ScholenQuery, 'zoek' | 'soort' | 'regio' | 'bestuur' | 'sorteer' | 'pageSize'>;

const SCHOLEN = ['scholen'] as const;
const ALLE_SCHOLEN = ['scholen', 'alle'] as const;
const scholenLijst = (filters: SchoolFilters) => ['scholen', 'lijst', filters] as const;

/** The largest page the API gives: a whole samenwerkingsverband in one call. */
const GROOTSTE_PAGINA = 500;

/**
 * Every school (vestiging) of the samenwerkingsverband, for names and pickers: the largest pages, followed to the
 * end, so an SWV larger than one page still shows every name.
 */
export function useScholen(enabled = true) {
  return useQuery({
    queryKey: ALLE_SCHOLEN,
    enabled,
    queryFn: async () => {
      const scholen: School[] = [];
      let cursor: string | undefined;
      do {
        const query = { pageSize: GROOTSTE_PAGINA, ...(cursor !== undefined && { cursor }) };
        const pagina = uitkomst(await api.GET('/scholen', { params: { query } }));
        scholen.push(...pagina.scholen);
        cursor = pagina.volgendeCursor ?? undefined;
      } while (cursor !== undefined);
      return scholen;
    },
  });
}

/** A page at a time, searched, filtered and sorted by the API, with the number found; `fetchNextPage` follows volgendeCursor. */
export function useScholenLijst(filters: SchoolFilters) {
  return useCursorlijst({
    queryKey: scholenLijst(filters),
    houdVorige: true,
    haal: async (cursor) => uitkomst(await api.GET('/scholen', { params: { query: { ...filters, ...opCursor(cursor) } } })),
  });
}

/** The schoolbesturen of the samenwerkingsverband. */
export function useSchoolbesturen() {
  return useQuery({
    queryKey: ['schoolbesturen'],
    queryFn: async () => uitkomst(await api.GET('/schoolbesturen')).schoolbesturen,
  });
}

/** The name of a schoolbestuur by its number ("Stichting Primair (41234)"); while they load, the number alone. */
export function useSchoolbestuurNamen() {
  const { data } = useSchoolbesturen();
  return useMemo(() => {
    const namen = new Map((data ?? []).map((bestuur) => [bestuur.nummer, bestuur.naam]));
    return (nummer: string) => {
      const naam = namen.get(nummer);
      return naam === undefined ? nummer : `${naam} (${nummer})`;
    };
  }, [data]);
}

/**
 * The name of a vestiging ("Basisschool De Regenboog (12AB00)"); while the schools load, the code alone. Who may not
 * read the schools (a deskundige) passes enabled=false and sees the codes.
 */
export function useSchoolNamen(enabled = true) {
  const { data } = useScholen(enabled);
  return useMemo(() => {
    const namen = new Map((data ?? []).map((school) => [school.vestiging, school.naam]));
    return (vestiging: string) => {
      const naam = namen.get(vestiging);
      return naam === undefined ? vestiging : `${naam} (${vestiging})`;
    };
  }, [data]);
}

/**
 * Replaces the ondersteuningsprofiel of `school`, based on the versie shown. On success the answer replaces the school
 * in every cached list; on 412 the lists are fetched anew before the error is reported.
 */
export function useOndersteuningsprofielVastleggen(school: School) {
  return useSchoolWijziging(school, async (ifMatch, profiel: IvoVelden) =>
    uitkomst(
      await api.PUT('/scholen/{vestiging}/ondersteuningsprofiel', {
        params: { path: { vestiging: school.vestiging }, header: { 'If-Match': ifMatch } },
        body: profiel,
      }),
    ),
  );
}

export type Cluster = components['schemas']['Cluster'];

/** Records the cluster (1 or 2) of an SO/VSO school, or removes it (null), like the ondersteuningsprofiel. */
export function useClusterVastleggen(school: School) {
  return useSchoolWijziging(school, async (ifMatch, cluster: Cluster | null) =>
    uitkomst(
      await api.PUT('/scholen/{vestiging}/cluster', {
        params: { path: { vestiging: school.vestiging }, header: { 'If-Match': ifMatch } },
        // Without a cluster the body is empty: that removes it.
        body: cluster === null ? {} : { cluster },
      }),
    ),
  );
}

/** A change of one school with If-Match of the versie shown; the answer replaces the school in every cached list. */
function useSchoolWijziging<T>(school: School, verstuur: (ifMatch: string, invoer: T) => Promise<School>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invoer: T) => verstuur(alsEtag(school.versie), invoer),
    onSuccess: (nieuw) => {
      const vervang = (scholen: School[]) => scholen.map((bestaand) => (bestaand.vestiging === nieuw.vestiging ? nieuw : bestaand));
      queryClient.setQueryData<School[]>(ALLE_SCHOLEN, (scholen) => scholen && vervang(scholen));
      queryClient.setQueriesData<InfiniteData<ScholenPagina>>({ queryKey: ['scholen', 'lijst'] }, (lijst) =>
        lijst && { ...lijst, pages: lijst.pages.map((pagina) => ({ ...pagina, scholen: vervang(pagina.scholen) })) },
      );
    },
    onError: async (error) => {
      if (isVersieVerouderd(error)) await queryClient.invalidateQueries({ queryKey: SCHOLEN });
    },
  });
}
