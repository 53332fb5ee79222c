import { Link, useSearchParams } from 'react-router';
import { magArrangementAanvragen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { AanvraagFormulier } from '../components/AanvraagFormulier';
import { usePageTitle } from '../usePageTitle';
import { arrangementvoorstelUit } from '../watPastVoorstellen';

/**
 * /arrangementen/nieuw[?leerlingId=][&soort=][&oba=&obaNaam=&expertise=]: the school (or the SWV on its behalf) requests an
 * arrangement; the other parameters come from a setting chosen in "Wat past?".
 */
export function NieuwArrangementPage() {
  usePageTitle('Arrangement aanvragen');
  const [searchParams] = useSearchParams();
  const { rollen } = useGebruiker();
  const voorstel = arrangementvoorstelUit(searchParams);

  return (
    <>
      <h1>Arrangement aanvragen</h1>
      {magArrangementAanvragen(rollen) ? (
        <>
          <p className="intro">
            Vraag extra ondersteuning aan voor een leerling. Het samenwerkingsverband neemt de aanvraag in behandeling en
            besluit binnen zes weken.
          </p>
          {voorstel !== undefined && (
            <p>Deze aanvraag is ingevuld vanuit Wat past?. Controleer de gegevens en vul de rest aan.</p>
          )}
          <AanvraagFormulier leerlingId={searchParams.get('leerlingId') ?? ''} voorstel={voorstel} />
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
