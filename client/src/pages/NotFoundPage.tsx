import { Link } from 'react-router';
import { usePageTitle } from '../usePageTitle';

export function NotFoundPage() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <h1>Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet. Misschien is de link verouderd of verkeerd getypt.</p>
      <p>
        <Link to="/expertises">Naar de expertises</Link>
      </p>
    </>
  );
}
