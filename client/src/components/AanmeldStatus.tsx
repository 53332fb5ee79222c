import { useLocation } from 'react-router';
import { useAanmelding } from '../auth/useAanmelding';

/** The header's corner for signing in and out. */
export function AanmeldStatus() {
  const aanmelding = useAanmelding();
  const location = useLocation();

  if (aanmelding.status === 'aangemeld') {
    return (
      <div className="aanmeldstatus">
        <span className="aanmeldstatus__naam">
          <span className="visually-hidden">Ingelogd als </span>
          {aanmelding.gebruiker.naam}
        </span>
        <button type="button" className="button button--header" onClick={() => void aanmelding.meldAf()}>
          Uitloggen
        </button>
      </div>
    );
  }
  if (aanmelding.status === 'afgemeld') {
    // Back to this page afterwards: signing in should not lose the user's place.
    const route = `${location.pathname}${location.search}${location.hash}`;
    return (
      <div className="aanmeldstatus">
        <button type="button" className="button button--header" onClick={() => void aanmelding.meldAan(route)}>
          Inloggen
        </button>
      </div>
    );
  }
  // While signing in or out: nothing to offer, and no button that would flash and vanish.
  return <div className="aanmeldstatus" />;
}
