import { Link } from 'react-router';
import { magArrangementAanvragen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { LeerlingRegistratieFormulier } from '../components/LeerlingRegistratieFormulier';
import { usePageTitle } from '../usePageTitle';

/** /leerlingen/nieuw: a school (or the SWV) registers a pupil; the ondersteuningsbehoeften follow on its page. */
export function NieuweLeerlingPage() {
  usePageTitle('Nieuwe leerling');
  const { rollen } = useGebruiker();
  return (
    <>
      <h1>Nieuwe leerling</h1>
      {magArrangementAanvragen(rollen) ? (
        <>
          <p className="intro">
            Registreer alleen wat nodig is om ondersteuning te regelen: naam, geboortedatum, school en groep. Nooit een BSN.
          </p>
          <LeerlingRegistratieFormulier />
        </>
      ) : (
        <p className="problem" role="alert">
          Alleen een medewerker van een school of van het samenwerkingsverband kan leerlingen registreren.{' '}
          <Link to="/leerlingen">Terug naar de leerlingen</Link>
        </p>
      )}
    </>
  );
}
