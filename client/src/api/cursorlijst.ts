import { keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

/** What every paged list of the API has: the cursor of the next page, absent on the last one. */
export interface Cursorpagina {
  volgendeCursor?: string | null;
}

interface Opties<P> {
  queryKey: QueryKey;
  /** Fetches the page at `cursor`; the first page has none. */
  haal: (cursor: string | undefined) => Promise<P>;
  enabled?: boolean;
  /** Fetched anew each time it is shown: a list that others change while the person works (werkvoorraad, register). */
  altijdVers?: boolean;
  /** Another filter or order keeps the rows (and the focus on a sort button) until the new rows are there. */
  houdVorige?: boolean;
}

/**
 * A list of the API page by page: `fetchNextPage` follows volgendeCursor. Every list pages the same way, so each one's
 * hook is this with its own key and fetch.
 */
export function useCursorlijst<P extends Cursorpagina>({ queryKey, haal, enabled = true, altijdVers = false, houdVorige = false }: Opties<P>) {
  return useInfiniteQuery({
    queryKey,
    enabled,
    ...(altijdVers && { staleTime: 0 }),
    ...(houdVorige && { placeholderData: keepPreviousData }),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => haal(pageParam),
    getNextPageParam: (laatste) => laatste.volgendeCursor ?? undefined,
  });
}

/** The query of the page at `cursor`: nothing for the first page. */
export const opCursor = (cursor: string | undefined) => (cursor !== undefined ? { cursor } : {});
