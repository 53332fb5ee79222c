import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alsEtag, uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Melding = components['schemas']['Melding'];
export type Meldingvoorkeur = components['schemas']['Meldingvoorkeur'];
export type Meldingvoorkeuren = components['schemas']['Meldingvoorkeuren'];
export type MeldingvoorkeurVerzoek = components['schemas']['MeldingvoorkeurVerzoek'];

const MELDINGEN = ['meldingen'] as const;
const AANTAL = ['meldingen', 'aantal-ongelezen'] as const;
const VOORKEUREN = ['meldingvoorkeuren'] as const;

/** Once a minute is enough for a bell; the count is also asked again on every navigation (see Meldingenbel). */
export const BEL_VERVERS_MS = 60_000;

/** How many of the person's own notifications are unread: one cheap request, for the bell. */
export function useAantalOngelezen(enabled: boolean) {
  return useQuery({
    queryKey: AANTAL,
    enabled,
    refetchInterval: BEL_VERVERS_MS,
    // Not while the tab is hidden: a bell nobody sees needs no answer.
    refetchIntervalInBackground: false,
    queryFn: async () => uitkomst(await api.GET('/meldingen/aantal-ongelezen')).aantal,
  });
}

/** One page of the person's notifications, newest first. */
export function useMeldingen(alleenOngelezen: boolean, cursor: string | undefined) {
  return useQuery({
    queryKey: [...MELDINGEN, 'lijst', alleenOngelezen, cursor ?? ''],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      uitkomst(
        await api.GET('/meldingen', {
          params: { query: { pageSize: 25, ...(alleenOngelezen ? { alleenOngelezen: true } : {}), ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
}

export function useMarkeerGelezen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => uitkomst(await api.POST('/meldingen/{id}/gelezen', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MELDINGEN }),
  });
}

export function useMarkeerAllesGelezen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => uitkomst(await api.POST('/meldingen/gelezen')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MELDINGEN }),
  });
}

export function useMeldingvoorkeuren() {
  return useQuery({ queryKey: VOORKEUREN, queryFn: async () => uitkomst(await api.GET('/meldingvoorkeuren')) });
}

export function useWijzigMeldingvoorkeuren() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ versie, voorkeuren }: { versie: number; voorkeuren: MeldingvoorkeurVerzoek[] }) =>
      uitkomst(await api.PUT('/meldingvoorkeuren', { params: { header: { 'If-Match': alsEtag(versie) } }, body: { voorkeuren } })),
    onSuccess: (nieuw) => queryClient.setQueryData(VOORKEUREN, nieuw),
  });
}

/** The SPA's page of the case a notification links to. */
export function zaakRoute(melding: Pick<Melding, 'zaak' | 'zaakId'>): string | undefined {
  if (!melding.zaakId) return undefined;
  switch (melding.zaak) {
    case 'arrangement':
      return `/arrangementen/${melding.zaakId}`;
    case 'toelaatbaarheidsverklaring':
      return `/toelaatbaarheidsverklaringen/${melding.zaakId}`;
    case 'ontwikkelingsperspectiefplan':
      return `/ontwikkelingsperspectiefplannen/${melding.zaakId}`;
    default:
      return undefined;
  }
}

/** The bell's accessible name, which is also its text: "Meldingen, 3 ongelezen", or "Meldingen" when none are. */
export function belNaam(aantal: number | undefined): string {
  if (aantal === undefined || aantal === 0) return 'Meldingen';
  return `Meldingen, ${aantal} ongelezen`;
}
