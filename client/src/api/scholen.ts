import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { alsEtag, isVersieVerouderd, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type School = components['schemas']['School'];
export type IvoVelden = components['schemas']['IvoVelden'];

const SCHOLEN = ['scholen'] as const;

/** The schools (vestigingen) of the samenwerkingsverband with their ondersteuningsprofiel. */
export function useScholen(enabled = true) {
  return useQuery({
    queryKey: SCHOLEN,
    enabled,
    queryFn: async () => uitkomst(await api.GET('/scholen')).scholen,
  });
}

/** The name of a schoolbestuur by its number ("Stichting Primair (41234)"); while they load, the number alone. */
export function useSchoolbestuurNamen() {
  const { data } = useQuery({
    queryKey: ['schoolbesturen'],
    queryFn: async () => uitkomst(await api.GET('/schoolbesturen')).schoolbesturen,
  });
  return useMemo(() => {
    const namen = new Map((data ?? []).map((bestuur) => [bestuur.nummer, bestuur.naam]));
    return (nummer: string) => {
      const naam = namen.get(nummer);
      return naam === undefined ? nummer : `${naam} (${nummer})`;
    };
  }, [data]);
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

/**
 * Replaces the ondersteuningsprofiel of `school`, based on the versie shown. On success the answer replaces the school
 * in the cached list; on 412 the list is fetched anew before the error is reported.
 */
export function useOndersteuningsprofielVastleggen(school: School) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (profiel: IvoVelden) =>
      uitkomst(
        await api.PUT('/scholen/{vestiging}/ondersteuningsprofiel', {
          params: { path: { vestiging: school.vestiging }, header: { 'If-Match': alsEtag(school.versie) } },
          body: profiel,
        }),
      ),
    onSuccess: (nieuw) => {
      queryClient.setQueryData<School[]>(SCHOLEN, (scholen) =>
        scholen?.map((bestaand) => (bestaand.vestiging === nieuw.vestiging ? nieuw : bestaand)),
      );
    },
    onError: async (error) => {
      if (isVersieVerouderd(error)) await queryClient.invalidateQueries({ queryKey: SCHOLEN });
    },
  });
}
