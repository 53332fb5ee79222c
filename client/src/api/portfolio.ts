import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, isVersieVerouderd, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Regioportfolio = components['schemas']['Regioportfolio'];
export type ExpertboekRegel = components['schemas']['ExpertboekRegel'];
export type ExpertprofielVerzoek = components['schemas']['ExpertprofielVerzoek'];
export type Expertisegebied = components['schemas']['Expertisegebied'];

const REGIOS = ['portfolio', 'regios'] as const;
const EXPERTBOEK = ['portfolio', 'expertboek'] as const;

/** Every regio's offer, with the experts who carry each gebied. */
export function useRegioportfolio() {
  return useQuery({ queryKey: REGIOS, queryFn: async () => uitkomst(await api.GET('/portfolio/regios')).regios });
}

/** The SWV's own experts with their entries in the expertboek. */
export function useExpertboek(actief: boolean) {
  return useQuery({ queryKey: EXPERTBOEK, queryFn: async () => uitkomst(await api.GET('/portfolio/expertboek')), enabled: actief });
}

/** Both views change together: the offer shows who carries it. */
function useVernieuwPortfolio() {
  const queryClient = useQueryClient();
  return async () => queryClient.invalidateQueries({ queryKey: ['portfolio'] });
}

/** Sets a regio's offer, based on the version shown (0 while the regio has none yet). */
export function useStelRegioaanbodVast(regio: Regioportfolio) {
  const vernieuw = useVernieuwPortfolio();
  return useMutation({
    mutationFn: async (expertisegebieden: Expertisegebied[]) =>
      uitkomst(
        await api.PUT('/portfolio/regios/{regio}/aanbod', {
          params: { path: { regio: regio.regio }, header: { 'If-Match': alsEtag(regio.versie) } },
          body: { expertisegebieden },
        }),
      ),
    onSuccess: vernieuw,
    onError: async (error) => {
      if (isVersieVerouderd(error)) await vernieuw();
    },
  });
}

/** Writes an expert's entry, based on the version shown (0 while there is none yet). */
export function useLegExpertprofielVast(regel: ExpertboekRegel) {
  const vernieuw = useVernieuwPortfolio();
  return useMutation({
    mutationFn: async (verzoek: ExpertprofielVerzoek) =>
      uitkomst(
        await api.PUT('/portfolio/expertboek/{expertId}', {
          params: { path: { expertId: regel.expertId }, header: { 'If-Match': alsEtag(regel.profiel?.versie ?? 0) } },
          body: verzoek,
        }),
      ),
    onSuccess: vernieuw,
    onError: async (error) => {
      if (isVersieVerouderd(error)) await vernieuw();
    },
  });
}
