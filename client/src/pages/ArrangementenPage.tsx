import { Link, useSearchParams } from 'react-router';
import { useArrangementen, type ArrangementFilters } from '../api/arrangementen';
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
import { Resultaten } from '../components/Resultaten';
import { usePageTitle } from '../usePageTitle';
import { alsZoekparameters, leesZoekvragen } from '../zoekvragenInUrl';

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
      <Resultaten
        lijst={lijst}
        getoond={arrangementen.length}
        enkelvoud="arrangement"
        meervoud="arrangementen"
        beperkt={gefilterd && 'filters'}
        fouten={fouten.overig}
      >
        {magLeerlingenExporteren(rollen) && (
          <ExporteerKnoppen lijst="arrangementen" haalOp={(formaat) => exporteerArrangementen(filters, formaat)} />
        )}
        <ArrangementTabel arrangementen={arrangementen} caption="Gevonden arrangementen" schoolNaam={schoolNaam} />
      </Resultaten>
    </>
  );
}
