import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AanmeldProbleem } from '../components/AanmeldProbleem';
import { useAanmelding } from './useAanmelding';

/**
 * A layout route for pages that need a signed-in user. Signed out, it sends the browser to the
 * OIDC provider and back here; after a reload (tokens live in memory only) that is a quick round
 * trip, because the server still knows the user by its session cookie.
 */
export function RequireAanmelding() {
  const aanmelding = useAanmelding();
  const location = useLocation();
  const route = `${location.pathname}${location.search}${location.hash}`;
  // After a failure the user decides to try again: an automatic retry could loop.
  const moetAanmelden = aanmelding.status === 'afgemeld' && !aanmelding.fout;
  const { meldAan } = aanmelding;

  useEffect(() => {
    if (moetAanmelden) void meldAan(route, { vervang: true });
  }, [moetAanmelden, meldAan, route]);

  if (aanmelding.status === 'aangemeld') return <Outlet />;
  if (aanmelding.status === 'afgemeld' && aanmelding.fout) {
    return (
      <>
        <h1>Inloggen</h1>
        <AanmeldProbleem fout={aanmelding.fout} opnieuw={() => void meldAan(route)} />
      </>
    );
  }
  return <p role="status">Bezig met inloggen…</p>;
}
