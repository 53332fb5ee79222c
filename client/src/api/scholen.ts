import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type School = components['schemas']['School'];

/** The schools (vestigingen) of the samenwerkingsverband with their ondersteuningsprofiel. */
export function useScholen(enabled = true) {
  return useQuery({
    queryKey: ['scholen'],
    enabled,
    queryFn: async () => uitkomst(await api.GET('/scholen')).scholen,
  });
}

/** The name of a vestiging ("Basisschool De Regenboog (12AB00)"); while the schools load, the code alone. */
export function useSchoolNamen() {
  const { data } = useScholen();
  return useMemo(() => {
    const namen = new Map((data ?? []).map((school) => [school.vestiging, school.naam]));
    return (vestiging: string) => {
      const naam = namen.get(vestiging);
      return naam === undefined ? vestiging : `${naam} (${vestiging})`;
    };
  }, [data]);
}
