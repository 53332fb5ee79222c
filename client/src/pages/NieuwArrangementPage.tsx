import { Link, useSearchParams } from 'react-router';
import { magArrangementAanvragen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { AanvraagFormulier } from '../components/AanvraagFormulier';
import { usePageTitle } from '../usePageTitle';

/** /arrangementen/nieuw[?leerlingId=]: the school (or the SWV on its behalf) requests an arrangement. */
export function NieuwArrangementPage() {
  usePageTitle('Arrangement aanvragen');
  const [searchParams] = useSearchParams();
  const { rollen } = useGebruiker();

  return (
    <>
      <h1>Arrangement aanvragen</h1>
      {magArrangementAanvragen(rollen) ? (
        <>
          <p className="intro">
            Vraag extra ondersteuning aan voor een leerling. Het samenwerkingsverband neemt de aanvraag in behandeling en
            besluit binnen zes weken.
          </p>
          <AanvraagFormulier leerlingId={searchParams.get('leerlingId') ?? ''} />
        </>
      ) : (
        <p className="problem" role="alert">
          Alleen een medewerker van een school of van het samenwerkingsverband kan een arrangement aanvragen.{' '}
          <Link to="/werkvoorraad">Naar mijn werkvoorraad</Link>
        </p>
      )}
    </>
  );
}
