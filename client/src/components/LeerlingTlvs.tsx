import { Link } from 'react-router';
import { useTlvs } from '../api/toelaatbaarheidsverklaringen';
import { MeerLaden } from './MeerLaden';
import { OndersteuningVanElders } from './OndersteuningVanElders';
import { ProblemMessage } from './ProblemMessage';
import { TlvTabel } from './TlvTabel';

interface Props {
  leerlingId: string;
  naam: string;
  magAanvragen: boolean;
  schoolNaam: (vestiging: string) => string;
}

/** The pupil's toelaatbaarheidsverklaringen on the pupil page, each opening its own page, and where to request one. */
export function LeerlingTlvs({ leerlingId, naam, magAanvragen, schoolNaam }: Props) {
  const lijst = useTlvs({ leerlingId });
  const tlvs = lijst.data?.pages.flatMap((pagina) => pagina.toelaatbaarheidsverklaringen) ?? [];
  const totaal = lijst.data?.pages[0]?.totaal ?? 0;
  return (
    <section aria-labelledby="toelaatbaarheidsverklaringen" className="sectie">
      <h2 id="toelaatbaarheidsverklaringen">Toelaatbaarheidsverklaringen</h2>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De toelaatbaarheidsverklaringen van deze leerling konden niet worden geladen." error={lijst.error} />
      ) : tlvs.length === 0 ? (
        <p>Voor {naam} is nog geen toelaatbaarheidsverklaring aangevraagd.</p>
      ) : (
        <TlvTabel tlvs={tlvs} caption={`Toelaatbaarheidsverklaringen van ${naam} (${totaal})`} schoolNaam={schoolNaam} zonderLeerling />
      )}
      <MeerLaden lijst={lijst} />
      <OndersteuningVanElders leerlingId={leerlingId} naam={naam} soort="tlvs" />
      {magAanvragen && (
        <p>
          <Link to={`/toelaatbaarheidsverklaringen/nieuw?leerling=${leerlingId}`} className="button">
            Toelaatbaarheidsverklaring aanvragen
          </Link>
        </p>
      )}
    </section>
  );
}
