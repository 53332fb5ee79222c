import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, isVersieVerouderd, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type EigenSamenwerkingsverband = components['schemas']['Samenwerkingsverband'];
export type Regio = components['schemas']['Regio'];

const EIGEN = ['samenwerkingsverband'] as const;

/** The caller's own samenwerkingsverband with its regio's and lokale netwerken. */
export function useEigenSamenwerkingsverband() {
  return useQuery({
    queryKey: EIGEN,
    queryFn: async () => uitkomst(await api.GET('/samenwerkingsverband')),
  });
}

/**
 * Replaces name and indeling, based on the versie shown (If-Match). On 412 the current state is fetched anew before
 * the error is reported, so the form can start again from what someone else saved.
 */
export function useRichtIn(swv: EigenSamenwerkingsverband) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: { naam: string; regios: Regio[] }) =>
      uitkomst(await api.PUT('/samenwerkingsverband', { params: { header: { 'If-Match': alsEtag(swv.versie) } }, body: verzoek })),
    onSuccess: (nieuw) => queryClient.setQueryData(EIGEN, nieuw),
    onError: async (error) => {
      if (isVersieVerouderd(error)) await queryClient.invalidateQueries({ queryKey: EIGEN });
    },
  });
}
