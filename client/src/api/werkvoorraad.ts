import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

/** A page of any werkvoorraad (arrangementen, TLV's, OPP's): its lines, the number of lines on all pages, the next page's cursor. */
export interface Werkvoorraadpagina<T> {
  items: T[];
  totaal: number;
  volgendeCursor?: string | null;
}

/**
 * A werkvoorraad page by page, earliest deadline first: `haal` fetches the page at a cursor (the first without one),
 * `fetchNextPage` follows volgendeCursor, every page carries the totaal. Always fetched anew. Every werkvoorraad of the
 * API pages the same way, so each one's hook is this with its own path.
 */
export function useWerkvoorraadPaginas<T>(
  queryKey: QueryKey,
  enabled: boolean,
  haal: (cursor: string | undefined) => Promise<Werkvoorraadpagina<T>>,
) {
  return useInfiniteQuery({
    queryKey,
    enabled,
    staleTime: 0,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => haal(pageParam),
    getNextPageParam: (laatste) => laatste.volgendeCursor ?? undefined,
  });
}

/** The query of the page at `cursor`: nothing for the first page. */
export const opCursor = (cursor: string | undefined) => (cursor !== undefined ? { cursor } : {});
