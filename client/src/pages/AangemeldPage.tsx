import { useAanmelding } from '../auth/useAanmelding';
import { AanmeldProbleem } from '../components/AanmeldProbleem';
import { usePageTitle } from '../usePageTitle';

/**
 * /aangemeld, where the OIDC provider sends the browser back. The Aanmelder completes the sign-in
 * and replaces this route with the page the user came from; this page only shows the wait or the
 * failure. It redirects nowhere itself: the route change and the sign-in state reach React
 * separately, and a redirect here could win the race against the way back.
 */
export function AangemeldPage() {
  usePageTitle('Inloggen');
  const aanmelding = useAanmelding();

  if (aanmelding.status === 'afgemeld' && aanmelding.fout) {
    return (
      <>
        <h1>Inloggen</h1>
        <AanmeldProbleem fout={aanmelding.fout} opnieuw={() => void aanmelding.meldAan('/')} />
      </>
    );
  }
  return <p role="status">Bezig met inloggen…</p>;
}
