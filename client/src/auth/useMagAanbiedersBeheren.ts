import { magAanbiedersBeheren } from './rollen';
import { useAanmelding } from './useAanmelding';

/**
 * Whether the signed-in user may register and change aanbieders (role swv-beheerder). Only decides what the
 * SPA offers: the API checks the role itself and answers others with 403.
 */
export function useMagAanbiedersBeheren(): boolean {
  const aanmelding = useAanmelding();
  return aanmelding.status === 'aangemeld' && magAanbiedersBeheren(aanmelding.gebruiker.rollen);
}
