import type { Ik } from '../api/ik';
import { useAanmelding } from './useAanmelding';

const NIEMAND: Ik = { soort: 'gebruiker', id: '', naam: '', rollen: [], functies: [], vestigingen: [], scholen: [], scopes: [] };

/**
 * The signed-in person (GET /ik), or an empty one without roles while nobody is signed in. Only decides what the
 * SPA offers: the API checks roles and vestigingen itself.
 */
export function useGebruiker(): Ik {
  const aanmelding = useAanmelding();
  return aanmelding.status === 'aangemeld' ? aanmelding.gebruiker : NIEMAND;
}
