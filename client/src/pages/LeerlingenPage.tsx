import { Link, useLocation, useNavigate } from 'react-router';
import { useLeerlingen, type LeerlingFilters } from '../api/leerlingen';
import { useSchoolNamen } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { magArrangementAanvragen, magDossiersAanleveren, magLeerlingenExporteren } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { LeerlingTabel } from '../components/LeerlingTabel';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { exporteerLeerlingen } from '../api/export';
import { LEERLING_ZOEKVRAGEN, LeerlingZoekformulier, type LeerlingZoekvragen } from '../components/LeerlingZoekformulier';
import { leesMelding, Melding } from '../components/Melding';
import { Resultaten } from '../components/Resultaten';
import { usePageTitle } from '../usePageTitle';

const GEEN_ZOEKVRAGEN: LeerlingZoekvragen = { naam: '', vestiging: '' };

/**
 * The search of a navigation's history state: never the URL, where a name ends up in logs and the browser's history.
 * Back and reload in the same tab keep it.
 */
function leesZoekvragen(state: unknown): LeerlingZoekvragen {
  if (typeof state !== 'object' || state === null || !('zoekvragen' in state)) return GEEN_ZOEKVRAGEN;
  const { zoekvragen } = state as { zoekvragen: Partial<LeerlingZoekvragen> };
  return {
    naam: typeof zoekvragen.naam === 'string' ? zoekvragen.naam.trim() : '',
    vestiging: typeof zoekvragen.vestiging === 'string' ? zoekvragen.vestiging.trim() : '',
  };
}

function alsFilters({ naam, vestiging }: LeerlingZoekvragen): LeerlingFilters {
  return { ...(naam && { naam }), ...(vestiging && { vestiging: vestiging.toUpperCase() }) };
}

/**
 * /leerlingen: the pupils the person may see, by name, searched with the search kept in the history state (not the
 * URL); school and SWV staff register new ones.
 */
export function LeerlingenPage() {
  usePageTitle('Leerlingen');
  const location = useLocation();
  const navigate = useNavigate();
  const { rollen } = useGebruiker();
  const schoolNaam = useSchoolNamen();
  const zoekvragen = leesZoekvragen(location.state);
  const filters = alsFilters(zoekvragen);
  const lijst = useLeerlingen(filters);
  const fouten = verdeelFouten(lijst.error, LEERLING_ZOEKVRAGEN);
  const leerlingen = lijst.data?.pages.flatMap((pagina) => pagina.leerlingen) ?? [];
  const gezocht = zoekvragen.naam !== '' || zoekvragen.vestiging !== '';

  return (
    <>
      <div className="paginakop">
        <h1>Leerlingen</h1>
        <div className="knoppen">
          {magDossiersAanleveren(rollen) && (
            <Link to="/dossiers/nieuw" className="button button--secundair">
              Dossier aanleveren
            </Link>
          )}
          {magArrangementAanvragen(rollen) && (
            <Link to="/leerlingen/nieuw" className="button">
              Nieuwe leerling
            </Link>
          )}
        </div>
      </div>
      <Melding tekst={leesMelding(location.state)} />
      <LeerlingZoekformulier
        key={location.key}
        zoekvragen={zoekvragen}
        fouten={fouten}
        onZoek={(nieuw) => navigate('/leerlingen', { state: { zoekvragen: { naam: nieuw.naam.trim(), vestiging: nieuw.vestiging } } })}
      />
      <Resultaten
        lijst={lijst}
        getoond={leerlingen.length}
        enkelvoud="leerling"
        meervoud="leerlingen"
        beperkt={gezocht && 'zoekvragen'}
        fouten={fouten.overig}
      >
        {magLeerlingenExporteren(rollen) && (
          <ExporteerKnoppen lijst="leerlingen" haalOp={(formaat) => exporteerLeerlingen(filters, formaat)} />
        )}
        <LeerlingTabel leerlingen={leerlingen} schoolNaam={schoolNaam} />
      </Resultaten>
    </>
  );
}
