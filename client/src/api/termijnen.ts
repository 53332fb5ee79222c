import { useQuery } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import { zaakParameter, type Documentzaak } from './documenten';
import type { components } from './schema';

export type Termijn = components['schemas']['Termijn'];

export const termijnSleutels = {
  vanZaak: (zaak: Documentzaak) => ['termijnen', zaak.soort, zaak.id] as const,
};

/**
 * The terms of one case as the deadline engine keeps them, running ones first. The engine follows a change of the
 * case a moment after it is saved, so the list is fetched again when the page is shown again.
 */
export function useTermijnen(zaak: Documentzaak) {
  return useQuery({
    queryKey: termijnSleutels.vanZaak(zaak),
    queryFn: async () => uitkomst(await api.GET('/termijnen', { params: { query: zaakParameter(zaak) } })).termijnen,
  });
}
