/** The part of an infinite query that paging needs. */
interface Pagineerbaar {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Meer laden" under a list whose API pages with a cursor; nothing when the last page is shown. */
export function MeerLaden({ lijst }: { lijst: Pagineerbaar }) {
  if (!lijst.hasNextPage) return null;
  return (
    <p>
      <button
        type="button"
        className="button button--secundair"
        disabled={lijst.isFetchingNextPage}
        onClick={() => void lijst.fetchNextPage()}
      >
        {lijst.isFetchingNextPage ? 'Laden…' : 'Meer laden'}
      </button>
    </p>
  );
}
