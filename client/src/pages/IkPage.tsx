import { useAanmelding } from '../auth/useAanmelding';
import { rolNaam } from '../auth/rollen';
import { usePageTitle } from '../usePageTitle';

/** "Mijn gegevens": who the API takes the signed-in user to be. Lives under RequireAanmelding. */
export function IkPage() {
  usePageTitle('Mijn gegevens');
  const aanmelding = useAanmelding();
  if (aanmelding.status !== 'aangemeld') return null;
  const { naam, samenwerkingsverband, rollen } = aanmelding.gebruiker;

  return (
    <>
      <h1>Mijn gegevens</h1>
      <dl className="gegevens">
        <dt>Naam</dt>
        <dd>{naam}</dd>
        <dt>Samenwerkingsverband</dt>
        <dd>{samenwerkingsverband ?? 'Geen'}</dd>
        <dt>Rollen</dt>
        <dd>
          {rollen.length === 0 ? (
            'Geen'
          ) : (
            <ul>
              {rollen.map((rol) => (
                <li key={rol}>{rolNaam(rol)}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </>
  );
}
