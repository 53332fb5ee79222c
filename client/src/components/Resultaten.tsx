import type { ReactNode } from 'react';
import { ApiError } from '../api/problem';
import type { ProbleemFout } from '../api/veldfouten';
import { MeerLaden } from './MeerLaden';
import { ProblemMessage } from './ProblemMessage';

/** The part of an infinite list query this section reads. */
interface Lijst {
  data?: unknown;
  error: unknown;
  isError: boolean;
  isFetchNextPageError: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface Props {
  lijst: Lijst;
  /** How many rows are shown now. */
  getoond: number;
  /** The number the API counted, when it counts; otherwise the text says whether there are more. */
  totaal?: number;
  enkelvoud: string;
  meervoud: string;
  /** What the person narrowed the list with, if anything: an empty list then says it found nothing that fits. */
  beperkt: 'filters' | 'zoekvragen' | false;
  /** The problems of the query that belong to no field of the form above. */
  fouten: readonly ProbleemFout[];
  /** The table (and what goes with it), shown when there is at least one row. */
  children: ReactNode;
}

/**
 * The "Resultaten" section of a list page: the count read out when it changes, the rows, "Meer laden", and the
 * problem when the list or its next page cannot be loaded. The list pages (arrangementen, leerlingen, TLV's) differ
 * only in their filters and their table.
 */
export function Resultaten({ lijst, getoond, totaal, enkelvoud, meervoud, beperkt, fouten, children }: Props) {
  return (
    <section aria-labelledby="resultaten" className="sectie">
      <h2 id="resultaten">Resultaten</h2>
      {lijst.data ? (
        <>
          <p aria-live="polite">{telling(getoond, totaal, lijst.hasNextPage, enkelvoud, meervoud, beperkt)}</p>
          {getoond > 0 && children}
          {lijst.isFetchNextPageError && <ProblemMessage summary={`Meer ${meervoud} laden is niet gelukt.`} error={lijst.error} />}
          <MeerLaden lijst={lijst} />
        </>
      ) : lijst.isError ? (
        <ProblemMessage summary={samenvatting(lijst.error, meervoud, beperkt || 'filters')} error={lijst.error} fouten={fouten} />
      ) : (
        <p role="status">Laden…</p>
      )}
    </section>
  );
}

function telling(getoond: number, totaal: number | undefined, meer: boolean, enkelvoud: string, meervoud: string, beperkt: Props['beperkt']) {
  const aantal = totaal ?? getoond;
  if (aantal === 0) return `Er zijn geen ${meervoud}${beperkt ? ` die bij uw ${beperkt} passen` : ''}.`;
  const naam = aantal === 1 ? enkelvoud : meervoud;
  if (totaal === undefined) return `${getoond} ${naam} getoond${meer ? '; er zijn er meer' : ''}.`;
  return `${totaal} ${naam}${getoond < totaal ? `, ${getoond} getoond` : ''}.`;
}

function samenvatting(error: unknown, meervoud: string, waarmee: 'filters' | 'zoekvragen'): string {
  if (error instanceof ApiError && error.status === 400) return `Controleer uw ${waarmee}.`;
  if (error instanceof ApiError && error.status === 403) return `U heeft geen toegang tot ${meervoud}.`;
  return `De ${meervoud} konden niet worden geladen.`;
}
