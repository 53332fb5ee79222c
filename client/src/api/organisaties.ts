import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type SchoolVerzoek = components['schemas']['SchoolVerzoek'];
export type SchoolbestuurVerzoek = components['schemas']['SchoolbestuurVerzoek'];
export type SoortSchool = components['schemas']['SoortSchool'];

/** The schoolbesturen of the samenwerkingsverband (same cache as useSchoolbestuurNamen). */
export function useSchoolbesturen() {
  return useQuery({
    queryKey: ['schoolbesturen'],
    queryFn: async () => uitkomst(await api.GET('/schoolbesturen')).schoolbesturen,
  });
}

export function useRegistreerSchoolbestuur() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: SchoolbestuurVerzoek) => uitkomst(await api.POST('/schoolbesturen', { body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schoolbesturen'] }),
  });
}

export function useRegistreerSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: SchoolVerzoek) => uitkomst(await api.POST('/scholen', { body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scholen'] }),
  });
}
