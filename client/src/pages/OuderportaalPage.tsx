import { Link } from 'react-router';
import { useMijnKinderen } from '../api/ouders';
import { datumTekst } from '../aanbiederWeergave';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';

/** /ouderportaal: the ouder's start, their own children, one card each (it reads on a phone). */
export function OuderportaalPage() {
  usePageTitle('Mijn kinderen');
  const kinderen = useMijnKinderen();
  return (
    <>
      <h1>Mijn kinderen</h1>
      <p>
        Hier ziet u de kinderen die de school aan uw account koppelde. Kies een kind om de plannen en besluiten te zien, en
        wie de gegevens bekeek.
      </p>
      {kinderen.isPending ? (
        <p role="status">Laden…</p>
      ) : kinderen.isError ? (
        <ProblemMessage summary="Uw kinderen konden niet worden geladen." error={kinderen.error} />
      ) : kinderen.data.length === 0 ? (
        <p>Er is nog geen kind aan uw account gekoppeld. Neem contact op met de school van uw kind.</p>
      ) : (
        <ul className="kaarten">
          {kinderen.data.map((kind) => (
            <li key={kind.id} className="kaart">
              <h2 className="kaart__kop">
                <Link to={`/ouderportaal/kinderen/${kind.id}`}>
                  {kind.voornaam} {kind.achternaam}
                </Link>
              </h2>
              <p>
                {kind.school}, groep {kind.groep}
              </p>
              <p>Geboren op {datumTekst(kind.geboortedatum)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
