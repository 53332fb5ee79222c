import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Tevredenheidsonderzoek = components['schemas']['Tevredenheidsonderzoek'];
export type Tevredenheidsuitslag = components['schemas']['Tevredenheidsuitslag'];
export type Tevredenheidsgroep = components['schemas']['Tevredenheidsgroep'];
export type TevredenheidsantwoordVerzoek = components['schemas']['TevredenheidsantwoordVerzoek'];

const sleutels = {
  alle: ['tevredenheid'] as const,
  onderzoeken: ['tevredenheid', 'onderzoeken'] as const,
  uitslag: ['tevredenheid', 'uitslag'] as const,
};

/** The onderzoeken the person may see: a school its own (to answer), the manager ondersteuning all with the answers. */
export function useTevredenheidsonderzoeken(enabled = true) {
  return useQuery({
    queryKey: sleutels.onderzoeken,
    enabled,
    queryFn: async () => uitkomst(await api.GET('/tevredenheidsonderzoeken')).onderzoeken,
  });
}

/** The results of the current school year per expert, expertisegebied and regio. */
export function useTevredenheidsuitslag(enabled = true) {
  return useQuery({
    queryKey: sleutels.uitslag,
    enabled,
    queryFn: async () => uitkomst(await api.GET('/tevredenheidsuitslag')),
  });
}

/** The school's answer, once, based on the versie shown. */
export function useBeantwoordOnderzoek() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ onderzoek, verzoek }: { onderzoek: Tevredenheidsonderzoek; verzoek: TevredenheidsantwoordVerzoek }) =>
      uitkomst(
        await api.POST('/tevredenheidsonderzoeken/{onderzoekId}/antwoord', {
          params: { path: { onderzoekId: onderzoek.id }, header: { 'If-Match': alsEtag(onderzoek.versie) } },
          body: verzoek,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sleutels.alle }),
  });
}
