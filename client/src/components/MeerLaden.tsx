/** The part of an infinite query that paging needs. */
export interface Pagineerbaar {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * "Meer laden" under a list whose API pages with a cursor; nothing when the last page is shown. `tekst` names what
 * loads where "Meer laden" alone would be unclear (a choice inside a form).
 */
export function MeerLaden({ lijst, tekst = 'Meer laden' }: { lijst: Pagineerbaar; tekst?: string }) {
  if (!lijst.hasNextPage) return null;
  return (
    <p>
      <button
        type="button"
        className="button button--secundair"
        disabled={lijst.isFetchingNextPage}
        onClick={() => void lijst.fetchNextPage()}
      >
        {lijst.isFetchingNextPage ? 'Laden…' : tekst}
      </button>
    </p>
  );
}

/** Several paged lists shown as one (the werkvoorraden): more while any has more, and "Meer laden" loads the next page of each that has one. */
export function samen(lijsten: readonly Pagineerbaar[]): Pagineerbaar {
  return {
    hasNextPage: lijsten.some((lijst) => lijst.hasNextPage),
    isFetchingNextPage: lijsten.some((lijst) => lijst.isFetchingNextPage),
    fetchNextPage: () => Promise.all(lijsten.filter((lijst) => lijst.hasNextPage).map((lijst) => lijst.fetchNextPage())),
  };
}
