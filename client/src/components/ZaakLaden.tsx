import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/problem';
import { ProblemMessage } from './ProblemMessage';

/** What a case page says while its case cannot be shown, in the words of that kind of case. */
export interface ZaakMeldingen {
  /** The case is shown, but fetching its newest version failed. */
  verouderd: string;
  nietGevonden: string;
  ongeldigAdres: string;
  geenToegang: string;
  mislukt: string;
}

interface Props<T> {
  query: UseQueryResult<T>;
  /** The h1 while there is no case to show. */
  titel: string;
  meldingen: ZaakMeldingen;
  children: (zaak: T) => ReactNode;
}

/**
 * The head of a case page (an arrangement, a TLV): the case once loaded (with a problem above it when a newer version
 * could not be fetched), or else "Laden…" or the problem with a way back to the werkvoorraad.
 */
export function ZaakLaden<T>({ query, titel, meldingen, children }: Props<T>) {
  if (query.data) {
    return (
      <>
        {query.isError && <ProblemMessage summary={meldingen.verouderd} error={query.error} />}
        {children(query.data)}
      </>
    );
  }
  return (
    <>
      <h1>{titel}</h1>
      {query.isError ? (
        <>
          <ProblemMessage summary={samenvatting(query.error, meldingen)} error={query.error} />
          <p className="geen-afdruk">
            <Link to="/werkvoorraad">Naar mijn werkvoorraad</Link>
          </p>
        </>
      ) : (
        <p role="status">Laden…</p>
      )}
    </>
  );
}

function samenvatting(error: unknown, meldingen: ZaakMeldingen): string {
  if (error instanceof ApiError && error.status === 404) return meldingen.nietGevonden;
  if (error instanceof ApiError && error.status === 400) return meldingen.ongeldigAdres;
  if (error instanceof ApiError && error.status === 403) return meldingen.geenToegang;
  return meldingen.mislukt;
}
