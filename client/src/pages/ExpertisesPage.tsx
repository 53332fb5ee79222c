import { useSearchParams } from 'react-router';
import { useExpertises } from '../api/expertises';
import { ApiError } from '../api/problem';
import { ExpertiseTable } from '../components/ExpertiseTable';
import { LeerjaarKeuze } from '../components/LeerjaarKeuze';
import { ProblemMessage } from '../components/ProblemMessage';
import { huidigLeerjaar, isLeerjaar } from '../leerjaar';
import { usePageTitle } from '../usePageTitle';

export function ExpertisesPage() {
  usePageTitle('Expertises');
  // The chosen leerjaar lives in the URL (?leerjaar=) so it can be bookmarked and shared.
  const [searchParams, setSearchParams] = useSearchParams();
  const gevraagd = searchParams.get('leerjaar') ?? undefined;
  const geldig = gevraagd === undefined || isLeerjaar(gevraagd);
  const query = useExpertises(geldig ? gevraagd : undefined, geldig);
  const getoond = (geldig ? gevraagd : undefined) ?? query.data?.leerjaar ?? huidigLeerjaar();

  return (
    <>
      <h1>Expertises</h1>
      <p className="intro">
        De expertises uit de RIO-waardelijst &quot;Expertises so, vso&quot;: de begeleiding die een
        onderwijsbegeleidingsaanbieder kan aanbieden. De lijst geldt per leerjaar.
      </p>
      <LeerjaarKeuze value={getoond} onChange={(leerjaar) => setSearchParams({ leerjaar })} />
      {!geldig ? (
        <p className="problem" role="alert">
          Het leerjaar &quot;{gevraagd}&quot; is ongeldig. Gebruik de vorm 2026-2027.
        </p>
      ) : query.isPending ? (
        <p role="status">Laden…</p>
      ) : query.isError ? (
        <ProblemMessage summary={samenvatting(query.error, gevraagd)} error={query.error} />
      ) : (
        <ExpertiseTable lijst={query.data} />
      )}
    </>
  );
}

function samenvatting(error: unknown, leerjaar: string | undefined): string {
  if (error instanceof ApiError && error.status === 404) {
    return `Er is geen lijst met expertises voor leerjaar ${leerjaar ?? 'het huidige leerjaar'}.`;
  }
  if (error instanceof ApiError && error.status === 400) {
    return 'Het gevraagde leerjaar is ongeldig.';
  }
  return 'De expertises konden niet worden geladen.';
}
