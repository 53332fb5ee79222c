import { Link, useSearchParams } from 'react-router';
import { werktMetThuiszitters } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ThuiszitterMeldformulier } from '../components/ThuiszitterMeldformulier';
import { usePageTitle } from '../usePageTitle';

/** /thuiszitters/nieuw[?leerling=]: SWV staff, or a school for its own pupil, report a thuiszitter or a vrijstelling. */
export function NieuweThuiszitterPage() {
  usePageTitle('Thuiszitter melden');
  const [searchParams] = useSearchParams();
  const { rollen } = useGebruiker();

  return (
    <>
      <h1>Thuiszitter melden</h1>
      {werktMetThuiszitters(rollen) ? (
        <>
          <p className="intro">
            Meld een leerling die thuis zit zonder onderwijs, of leg een vrijstelling van de leerplicht vast. Het doel is
            dat de leerling binnen 3 maanden na de eerste verzuimdag terug is.
          </p>
          <ThuiszitterMeldformulier leerlingId={searchParams.get('leerling') ?? ''} />
        </>
      ) : (
        <p className="problem" role="alert">
          Alleen een medewerker van een school of van het samenwerkingsverband kan een thuiszitter melden.{' '}
          <Link to="/">Naar de startpagina</Link>
        </p>
      )}
    </>
  );
}
