import { Navigate } from 'react-router';
import { werktMetArrangementen } from '../auth/rollen';
import { useAanmelding } from '../auth/useAanmelding';

/** "/": who works with arrangementen lands on the werkvoorraad, everyone else on the expertises. */
export function StartPage() {
  const aanmelding = useAanmelding();
  if (aanmelding.status === 'bezig') return <p role="status">Laden…</p>;
  const metArrangementen = aanmelding.status === 'aangemeld' && werktMetArrangementen(aanmelding.gebruiker.rollen);
  return <Navigate to={metArrangementen ? '/werkvoorraad' : '/expertises'} replace />;
}
