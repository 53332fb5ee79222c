import type { QueryKey } from '@tanstack/react-query';
import { useCursorlijst, type Cursorpagina } from './cursorlijst';

/** A page of any werkvoorraad (arrangementen, TLV's, OPP's): its lines, the number of lines on all pages, the next page's cursor. */
export interface Werkvoorraadpagina<T> extends Cursorpagina {
  items: T[];
  totaal: number;
}

/**
 * A werkvoorraad page by page, earliest deadline first: `haal` fetches the page at a cursor (the first without one),
 * every page carries the totaal. Always fetched anew: others act on the same items.
 */
export function useWerkvoorraadPaginas<T>(
  queryKey: QueryKey,
  enabled: boolean,
  haal: (cursor: string | undefined) => Promise<Werkvoorraadpagina<T>>,
) {
  return useCursorlijst({ queryKey, enabled, altijdVers: true, haal });
}
