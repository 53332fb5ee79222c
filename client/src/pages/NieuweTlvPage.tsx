import { Link, useSearchParams } from 'react-router';
import { magTlvAanvragen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { TlvAanvraagFormulier } from '../components/TlvAanvraagFormulier';
import { usePageTitle } from '../usePageTitle';

/** /toelaatbaarheidsverklaringen/nieuw[?leerling=]: the school (or the SWV on its behalf) requests a TLV for a pupil. */
export function NieuweTlvPage() {
  usePageTitle('Toelaatbaarheidsverklaring aanvragen');
  const [searchParams] = useSearchParams();
  const { rollen } = useGebruiker();

  return (
    <>
      <h1>Toelaatbaarheidsverklaring aanvragen</h1>
      {magTlvAanvragen(rollen) ? (
        <>
          <p className="intro">
            Vraag een toelaatbaarheidsverklaring (TLV) aan voor een leerling die naar het speciaal (basis)onderwijs of het
            praktijkonderwijs gaat. Twee deskundigen adviseren; daarna besluit het samenwerkingsverband.
          </p>
          <TlvAanvraagFormulier leerlingId={searchParams.get('leerling') ?? ''} />
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
