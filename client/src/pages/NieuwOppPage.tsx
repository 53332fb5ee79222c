import { Link, useSearchParams } from 'react-router';
import { magOppStarten } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { OppStartFormulier } from '../components/OppStartFormulier';
import { usePageTitle } from '../usePageTitle';

/** /ontwikkelingsperspectiefplannen/nieuw[?leerling=]: the school starts the OPP of a pupil. */
export function NieuwOppPage() {
  usePageTitle('OPP starten');
  const [searchParams] = useSearchParams();
  const { rollen } = useGebruiker();

  return (
    <>
      <h1>Ontwikkelingsperspectiefplan starten</h1>
      {magOppStarten(rollen) ? (
        <>
          <p className="intro">
            Een leerling die extra ondersteuning krijgt, of die is ingeschreven in het speciaal (basis)onderwijs of het
            praktijkonderwijs, heeft een ontwikkelingsperspectiefplan (OPP). De school stelt het vast binnen zes weken na
            de startdatum, na overleg met de ouders en nadat de leerling is gehoord. Voor het handelingsdeel is instemming
            van de ouders nodig.
          </p>
          <OppStartFormulier leerlingId={searchParams.get('leerling') ?? ''} />
        </>
      ) : (
        <p className="problem" role="alert">
          Alleen een medewerker van de school van de leerling kan een OPP starten.{' '}
          <Link to="/werkvoorraad">Naar mijn werkvoorraad</Link>
        </p>
      )}
    </>
  );
}
