import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Deelnamepercentage = components['schemas']['Deelnamepercentage'];
export type Teldatumcijfers = components['schemas']['Teldatumcijfers'];
export type Leerlingaantallen = components['schemas']['Leerlingaantallen'];
export type Schoolaantal = components['schemas']['Schoolaantal'];

/** The deelnamepercentage per teldatum with the counts behind it and the target (the bureau's exact figures). */
export function useDeelnamepercentage(enabled: boolean) {
  return useQuery({
    queryKey: ['leerlingaantallen', 'trend'],
    enabled,
    queryFn: async () => uitkomst(await api.GET('/leerlingaantallen')),
  });
}

/** Every vestiging of the SWV with its number on one teldatum (yyyy-10-01). */
export function useLeerlingaantallen(teldatum: string, enabled: boolean) {
  return useQuery({
    queryKey: ['leerlingaantallen', teldatum],
    enabled,
    queryFn: async () => uitkomst(await api.GET('/leerlingaantallen/{teldatum}', { params: { path: { teldatum } } })),
  });
}

/** Saves the numbers of several vestigingen on a teldatum, one PUT each (the same number again changes nothing). */
export function useLegLeerlingaantallenVast(teldatum: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (aantallen: { vestiging: string; aantal: number }[]) => {
      for (const { vestiging, aantal } of aantallen) {
        uitkomst(await api.PUT('/leerlingaantallen/{teldatum}/{vestiging}', { params: { path: { teldatum, vestiging } }, body: { aantal } }));
      }
    },
    onSettled: async () => queryClient.invalidateQueries({ queryKey: ['leerlingaantallen'] }),
  });
}
