import { Link, useSearchParams } from 'react-router';
import { useSchoolNamen } from '../api/scholen';
import { useThuiszitters, type ThuiszitterFilters } from '../api/thuiszitters';
import { verdeelFouten } from '../api/veldfouten';
import { vandaagIso } from '../aanbiederWeergave';
import { beheertThuiszitters, leestOrganisaties } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { Resultaten } from '../components/Resultaten';
import { THUISZITTER_ZOEKVRAGEN, ThuiszitterFilterformulier, type ThuiszitterZoekvragen } from '../components/ThuiszitterFilterformulier';
import { ThuiszitterTabel } from '../components/ThuiszitterTabel';
import { usePageTitle } from '../usePageTitle';
import { alsZoekparameters, leesZoekvragen } from '../zoekvragenInUrl';

// A code from the URL goes to the API as it is; the API answers an unknown one with a 400, which the page shows.
function alsFilters({ soort, status, vestiging, regio }: ThuiszitterZoekvragen): ThuiszitterFilters {
  return {
    ...(soort && { soort: soort as NonNullable<ThuiszitterFilters['soort']> }),
    ...(status && { status: status as NonNullable<ThuiszitterFilters['status']> }),
    ...(vestiging && { vestiging }),
    ...(regio && { regio }),
  };
}

/**
 * /thuiszitters: the register (a school sees only its own vestigingen; the API selects), open entries past their aim
 * first, filtered through the URL.
 */
export function ThuiszittersPage() {
  usePageTitle('Thuiszitters');
  const [searchParams, setSearchParams] = useSearchParams();
  const { rollen } = useGebruiker();
  const schoolNaam = useSchoolNamen(leestOrganisaties(rollen));
  const zoekvragen = leesZoekvragen(searchParams, THUISZITTER_ZOEKVRAGEN);
  const lijst = useThuiszitters(alsFilters(zoekvragen));
  const fouten = verdeelFouten(lijst.error, ['soort', 'status', 'vestiging', 'regio']);
  const thuiszitters = lijst.data?.pages.flatMap((pagina) => pagina.thuiszitters) ?? [];
  const totaal = lijst.data?.pages[0]?.totaal ?? 0;
  const gefilterd = THUISZITTER_ZOEKVRAGEN.some((vraag) => zoekvragen[vraag] !== '');

  return (
    <>
      <div className="paginakop">
        <h1>Thuiszitters</h1>
        <Link to="/thuiszitters/nieuw" className="button">
          Nieuwe melding
        </Link>
      </div>
      <p className="intro">
        Kinderen die thuis zitten zonder onderwijs, en vrijstellingen van de leerplicht. Bovenaan staan de kinderen die
        langer dan 3 maanden thuis zitten: voor hen is de streefdatum voorbij.
        {beheertThuiszitters(rollen) && (
          <>
            {' '}
            Het aantal thuiszitters op een peildatum ziet u bij <Link to="/thuiszitters/telling">Telling thuiszitters</Link>.
          </>
        )}
      </p>
      <ThuiszitterFilterformulier
        key={searchParams.toString()}
        zoekvragen={zoekvragen}
        fouten={fouten}
        onZoek={(nieuw) => setSearchParams(alsZoekparameters(nieuw, THUISZITTER_ZOEKVRAGEN))}
      />
      <Resultaten
        lijst={lijst}
        getoond={thuiszitters.length}
        totaal={totaal}
        enkelvoud="registratie"
        meervoud="registraties"
        beperkt={gefilterd && 'filters'}
        fouten={fouten.overig}
      >
        <ThuiszitterTabel thuiszitters={thuiszitters} caption="Registraties in het thuiszittersregister" schoolNaam={schoolNaam} vandaag={vandaagIso()} />
      </Resultaten>
    </>
  );
}
