import { Link, useLocation, useNavigate } from 'react-router';
import { useLeerlingen, type LeerlingFilters } from '../api/leerlingen';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { magArrangementAanvragen, magLeerlingenExporteren } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { LeerlingTabel } from '../components/LeerlingTabel';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { exporteerLeerlingen } from '../api/export';
import { LEERLING_ZOEKVRAGEN, LeerlingZoekformulier, type LeerlingZoekvragen } from '../components/LeerlingZoekformulier';
import { leesMelding, Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';
import { MeerLaden } from '../components/MeerLaden';

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
        {magArrangementAanvragen(rollen) && (
          <Link to="/leerlingen/nieuw" className="button">
            Nieuwe leerling
          </Link>
        )}
      </div>
      <Melding tekst={leesMelding(location.state)} />
      <LeerlingZoekformulier
        key={location.key}
        zoekvragen={zoekvragen}
        fouten={fouten}
        onZoek={(nieuw) => navigate('/leerlingen', { state: { zoekvragen: { naam: nieuw.naam.trim(), vestiging: nieuw.vestiging } } })}
      />
      <section aria-labelledby="resultaten" className="sectie">
        <h2 id="resultaten">Resultaten</h2>
        {lijst.data ? (
          <>
            <p aria-live="polite">
              {leerlingen.length === 0
                ? `Er zijn geen leerlingen${gezocht ? ' die bij uw zoekvragen passen' : ''}.`
                : `${leerlingen.length} ${leerlingen.length === 1 ? 'leerling' : 'leerlingen'} getoond${lijst.hasNextPage ? '; er zijn er meer' : ''}.`}
            </p>
            {leerlingen.length > 0 && magLeerlingenExporteren(rollen) && (
              <ExporteerKnoppen lijst="leerlingen" haalOp={(formaat) => exporteerLeerlingen(filters, formaat)} />
            )}
            {leerlingen.length > 0 && <LeerlingTabel leerlingen={leerlingen} schoolNaam={schoolNaam} />}
            {lijst.isFetchNextPageError && <ProblemMessage summary="Meer leerlingen laden is niet gelukt." error={lijst.error} />}
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
  if (error instanceof ApiError && error.status === 400) return 'Controleer uw zoekvragen.';
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen toegang tot leerlingen.';
  return 'De leerlingen konden niet worden geladen.';
}
