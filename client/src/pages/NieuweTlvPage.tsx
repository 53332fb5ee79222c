import { Link, useSearchParams } from 'react-router';
import { useScholen } from '../api/scholen';
import { magTlvAanvragen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { TlvAanvraagFormulier } from '../components/TlvAanvraagFormulier';
import { usePageTitle } from '../usePageTitle';

/**
 * /toelaatbaarheidsverklaringen/nieuw[?leerling=][&vestiging=]: the school (or the SWV on its behalf) requests a TLV
 * for a pupil. A vestiging (from an aanmelding there) becomes the beoogde school once the schools are loaded.
 */
export function NieuweTlvPage() {
  usePageTitle('Toelaatbaarheidsverklaring aanvragen');
  const [searchParams] = useSearchParams();
  const { rollen } = useGebruiker();
  const vestiging = searchParams.get('vestiging');
  const scholen = useScholen(vestiging !== null);
  const beoogdeSchool = scholen.data?.find((school) => school.vestiging === vestiging);

  return (
    <>
      <h1>Toelaatbaarheidsverklaring aanvragen</h1>
      {magTlvAanvragen(rollen) ? (
        <>
          <p className="intro">
            Vraag een toelaatbaarheidsverklaring (TLV) aan voor een leerling die naar het speciaal (basis)onderwijs of het
            praktijkonderwijs gaat. Twee deskundigen adviseren; daarna besluit het samenwerkingsverband.
          </p>
          {vestiging !== null && scholen.isPending ? (
            <p role="status">Laden…</p>
          ) : (
            <TlvAanvraagFormulier leerlingId={searchParams.get('leerling') ?? ''} beoogdeSchool={beoogdeSchool} />
          )}
        </>
      ) : (
        <p className="problem" role="alert">
          Alleen een medewerker van een school of van het samenwerkingsverband kan een toelaatbaarheidsverklaring
          aanvragen. <Link to="/werkvoorraad">Naar mijn werkvoorraad</Link>
        </p>
      )}
    </>
  );
}
