import { Navigate } from 'react-router';
import { beheertPlatform, beheertSamenwerkingsverband, werktMetArrangementen } from '../auth/rollen';
import { useAanmelding } from '../auth/useAanmelding';

/**
 * "/": who works with arrangementen lands on the werkvoorraad, the swv-beheerder on the beheer overview, the
 * platform-beheerder on the samenwerkingsverbanden, everyone else on the expertises.
 */
export function StartPage() {
  const aanmelding = useAanmelding();
  if (aanmelding.status === 'bezig') return <p role="status">Laden…</p>;
  const rollen = aanmelding.status === 'aangemeld' ? aanmelding.gebruiker.rollen : [];
  const doel = werktMetArrangementen(rollen)
    ? '/werkvoorraad'
    : beheertSamenwerkingsverband(rollen)
      ? '/beheer'
      : beheertPlatform(rollen)
        ? '/samenwerkingsverbanden'
        : '/expertises';
  return <Navigate to={doel} replace />;
}
