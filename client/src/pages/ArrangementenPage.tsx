import { Link, useSearchParams } from 'react-router';
import { useArrangementen, type ArrangementFilters } from '../api/arrangementen';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { magArrangementAanvragen, magLeerlingenExporteren } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import {
  ARRANGEMENT_ZOEKVRAGEN,
  ArrangementFilterformulier,
  type ArrangementZoekvragen,
} from '../components/ArrangementFilterformulier';
import { ArrangementTabel } from '../components/ArrangementTabel';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { exporteerArrangementen } from '../api/export';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';
import { alsZoekparameters, leesZoekvragen } from '../zoekvragenInUrl';
import { MeerLaden } from '../components/MeerLaden';

// A code from the URL goes to the API as it is; the API answers an unknown one with a 400, which the page shows.
function alsFilters({ status, soort, vestiging, evaluatieVerlopen }: ArrangementZoekvragen): ArrangementFilters {
  return {
    ...(status && { status: status as NonNullable<ArrangementFilters['status']> }),
    ...(soort && { soort: soort as NonNullable<ArrangementFilters['soort']> }),
    ...(vestiging && { vestiging: vestiging.toUpperCase() }),
    ...(evaluatieVerlopen === 'true' && { evaluatieVerlopen: true }),
  };
}

/** /arrangementen: the arrangementen the person may see, filtered through the URL, page by page. */
export function ArrangementenPage() {
  usePageTitle('Arrangementen');
  const [searchParams, setSearchParams] = useSearchParams();
  const { rollen } = useGebruiker();
  const schoolNaam = useSchoolNamen();
  const zoekvragen = leesZoekvragen(searchParams, ARRANGEMENT_ZOEKVRAGEN);
  const lijst = useArrangementen(alsFilters(zoekvragen));
  const fouten = verdeelFouten(lijst.error, ARRANGEMENT_ZOEKVRAGEN);
  const arrangementen = lijst.data?.pages.flatMap((pagina) => pagina.arrangementen) ?? [];
  const gefilterd = ARRANGEMENT_ZOEKVRAGEN.some((vraag) => zoekvragen[vraag] !== '');
  const filters = alsFilters(zoekvragen);

  return (
    <>
      <div className="paginakop">
        <h1>Arrangementen</h1>
        {magArrangementAanvragen(rollen) && (
          <Link to="/arrangementen/nieuw" className="button">
            Arrangement aanvragen
          </Link>
        )}
      </div>
      <ArrangementFilterformulier
        key={searchParams.toString()}
        zoekvragen={zoekvragen}
        fouten={fouten}
        onZoek={(nieuw) => setSearchParams(alsZoekparameters(nieuw, ARRANGEMENT_ZOEKVRAGEN))}
      />
      <section aria-labelledby="resultaten" className="sectie">
        <h2 id="resultaten">Resultaten</h2>
        {lijst.data ? (
          <>
            <p aria-live="polite">
              {arrangementen.length === 0
                ? `Er zijn geen arrangementen${gefilterd ? ' die bij uw filters passen' : ''}.`
                : `${arrangementen.length} ${arrangementen.length === 1 ? 'arrangement' : 'arrangementen'} getoond${lijst.hasNextPage ? '; er zijn er meer' : ''}.`}
            </p>
            {arrangementen.length > 0 && magLeerlingenExporteren(rollen) && (
              <ExporteerKnoppen lijst="arrangementen" haalOp={(formaat) => exporteerArrangementen(filters, formaat)} />
            )}
            {arrangementen.length > 0 && (
              <ArrangementTabel arrangementen={arrangementen} caption="Gevonden arrangementen" schoolNaam={schoolNaam} />
            )}
            {lijst.isFetchNextPageError && <ProblemMessage summary="Meer arrangementen laden is niet gelukt." error={lijst.error} />}
            <MeerLaden lijst={lijst} />
          </>
        ) : lijst.isError ? (
          <ProblemMessage summary={samenvatting(lijst.error)} error={lijst.error} fouten={fouten.overig} />
        ) : (
          <p role="status">Laden…</p>
        )}
      </section>
    </>
  );
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) return 'Controleer uw filters.';
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen toegang tot arrangementen.';
  return 'De arrangementen konden niet worden geladen.';
}
