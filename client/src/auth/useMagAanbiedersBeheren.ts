import { magAanbiedersBeheren } from './rollen';
import { useAanmelding } from './useAanmelding';

/**
 * Whether the signed-in user may register aanbieders (swv-beheerder or register-beheerder). Changing an existing
 * one follows the aanbieder's own `magWijzigen`. Only decides what the SPA offers: the API checks it itself and
 * answers others with 403.
 */
export function useMagAanbiedersBeheren(): boolean {
  const aanmelding = useAanmelding();
  return aanmelding.status === 'aangemeld' && magAanbiedersBeheren(aanmelding.gebruiker.rollen);
}
