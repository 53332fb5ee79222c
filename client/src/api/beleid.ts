import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Tlvduur = components['schemas']['Tlvduur'];

/** The policy values of the samenwerkingsverband that hold today (SWV staff and beheerder), such as the usual TLV duration. */
export function useBeleidsinstellingen(enabled = true) {
  return useQuery({
    queryKey: ['beleidsinstellingen', 'vandaag'],
    enabled,
    queryFn: async () => uitkomst(await api.GET('/beleidsinstellingen')).waarden,
  });
}

export type Beleidsinstellingen = components['schemas']['Beleidsinstellingen'];
export type Beleidswaarden = components['schemas']['Beleidswaarden'];
export type BeleidsversieVerzoek = components['schemas']['BeleidsversieVerzoek'];

/** The settings in force today with their ETag version, for the beheerder's page. */
export function useBeleidsinstellingenVoorBeheer(enabled: boolean) {
  return useQuery({
    queryKey: ['beleidsinstellingen', 'beheer'],
    enabled,
    queryFn: async () => uitkomst(await api.GET('/beleidsinstellingen')),
  });
}

/** Records a new version of the settings (all of them, whole), based on the version shown. */
export function useLegBeleidVast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ verzoek, versie }: { verzoek: BeleidsversieVerzoek; versie: number }) =>
      uitkomst(await api.POST('/beleidsinstellingen/versies', { params: { header: { 'If-Match': alsEtag(versie) } }, body: verzoek })),
    onSettled: async () => queryClient.invalidateQueries({ queryKey: ['beleidsinstellingen'] }),
  });
}
