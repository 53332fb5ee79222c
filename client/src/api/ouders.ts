import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { opCursor, useCursorlijst } from './cursorlijst';
import { alsBlob, uitkomst, zonderInhoud } from './antwoord';
import { api } from './client';
import { leerlingSleutels } from './leerlingen';
import type { components } from './schema';

export type Ouder = components['schemas']['Ouder'];
export type OuderVerzoek = components['schemas']['OuderVerzoek'];
export type Ouderuitnodiging = components['schemas']['Ouderuitnodiging'];
export type Kind = components['schemas']['Kind'];
export type Inzage = components['schemas']['Inzage'];
export type GedeeldDocument = components['schemas']['GedeeldDocument'];
export type KindTlv = components['schemas']['KindTlv'];
export type KindBezwaar = components['schemas']['KindBezwaar'];
export type KindArrangement = components['schemas']['KindArrangement'];
export type KindTermijn = components['schemas']['KindTermijn'];

export const ouderSleutels = {
  vanLeerling: (leerlingId: string) => [...leerlingSleutels.detail(leerlingId), 'ouders'] as const,
  kinderen: ['ouderportaal', 'kinderen'] as const,
  kind: (id: string) => ['ouderportaal', 'kind', id] as const,
  inzagen: (id: string) => ['ouderportaal', 'inzagen', id] as const,
  documenten: (id: string) => ['ouderportaal', 'documenten', id] as const,
};

/** The ouders linked to a pupil now: for the school and SWV staff. */
export function useOuders(leerlingId: string) {
  return useQuery({
    queryKey: ouderSleutels.vanLeerling(leerlingId),
    queryFn: async () => uitkomst(await api.GET('/leerlingen/{leerlingId}/ouders', { params: { path: { leerlingId } } })).ouders,
  });
}

/** The school invites an ouder: a new account with a one-time code, or a link to the account they have. */
export function useOuderUitnodigen(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: OuderVerzoek) =>
      uitkomst(await api.POST('/leerlingen/{leerlingId}/ouders', { params: { path: { leerlingId } }, body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ouderSleutels.vanLeerling(leerlingId) }),
  });
}

/** The school ends an ouder's link to the pupil. */
export function useOuderOntkoppelen(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ouderId: string) =>
      zonderInhoud(await api.DELETE('/leerlingen/{leerlingId}/ouders/{ouderId}', { params: { path: { leerlingId, ouderId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ouderSleutels.vanLeerling(leerlingId) }),
  });
}

/** A new activation code for an ouder whose account still waits for activation. */
export function useOuderCodeVernieuwen(leerlingId: string) {
  return useMutation({
    mutationFn: async (ouderId: string) =>
      uitkomst(await api.POST('/leerlingen/{leerlingId}/ouders/{ouderId}/activatiecode', { params: { path: { leerlingId, ouderId } } })),
  });
}

/** The ouder's own children (the portal's start). */
export function useMijnKinderen() {
  return useQuery({
    queryKey: ouderSleutels.kinderen,
    queryFn: async () => uitkomst(await api.GET('/ouderportaal/kinderen')).kinderen,
  });
}

/** One of the ouder's own children. */
export function useMijnKind(leerlingId: string) {
  return useQuery({
    queryKey: ouderSleutels.kind(leerlingId),
    queryFn: async () => uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}', { params: { path: { leerlingId } } })),
  });
}

/** Who used the child's data, newest first, a page at a time ("Meer laden"). */
export function useInzagen(leerlingId: string) {
  return useCursorlijst({
    queryKey: ouderSleutels.inzagen(leerlingId),
    haal: async (cursor) =>
      uitkomst(
        await api.GET('/ouderportaal/kinderen/{leerlingId}/inzagen', {
          params: { path: { leerlingId }, query: { pageSize: 25, ...opCursor(cursor) } },
        }),
      ),
  });
}

/** The documents the child's school shared with the ouders. */
export function useGedeeldeDocumenten(leerlingId: string) {
  return useQuery({
    queryKey: ouderSleutels.documenten(leerlingId),
    queryFn: async () =>
      uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}/documenten', { params: { path: { leerlingId } } })).documenten,
  });
}

/** The bytes of a shared document, to save. */
export async function haalGedeeldDocumentOp(leerlingId: string, documentId: string): Promise<Blob> {
  return alsBlob(
    await api.GET('/ouderportaal/kinderen/{leerlingId}/documenten/{documentId}', { params: { path: { leerlingId, documentId } }, parseAs: 'blob' }),
  );
}

/** The formats of the whole inzage log: a PDF to keep or print, or a CSV for a spreadsheet. */
export type InzagenFormaat = 'pdf' | 'csv';

const INZAGEN_MEDIATYPEN: Readonly<Record<InzagenFormaat, string>> = { pdf: 'application/pdf', csv: 'text/csv' };

/** The child's whole inzage log (not one page) as a file, e.g. for an AVG request; taking it is logged too. */
export async function haalInzagenOp(leerlingId: string, formaat: InzagenFormaat): Promise<Blob> {
  return alsBlob(
    await api.GET('/ouderportaal/kinderen/{leerlingId}/inzagen/export', {
      params: { path: { leerlingId } },
      headers: { Accept: INZAGEN_MEDIATYPEN[formaat] },
      parseAs: 'blob',
    }),
  );
}

const kindZaakSleutels = {
  tlvs: (id: string) => ['ouderportaal', 'tlvs', id] as const,
  arrangementen: (id: string) => ['ouderportaal', 'arrangementen', id] as const,
  termijnen: (id: string) => ['ouderportaal', 'termijnen', id] as const,
};

/** The child's toelaatbaarheidsverklaringen in plain words; a request in progress shows only that. */
export function useKindTlvs(leerlingId: string) {
  return useQuery({
    queryKey: kindZaakSleutels.tlvs(leerlingId),
    queryFn: async () =>
      uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}/toelaatbaarheidsverklaringen', { params: { path: { leerlingId } } }))
        .toelaatbaarheidsverklaringen,
  });
}

/** The beschikking of a decision made known, as the PDF the school got (with the bearer token, so as a blob). */
export async function haalKindBeschikkingOp(leerlingId: string, tlvId: string): Promise<Blob> {
  return alsBlob(
    await api.GET('/ouderportaal/kinderen/{leerlingId}/toelaatbaarheidsverklaringen/{tlvId}/beschikking', {
      params: { path: { leerlingId, tlvId } },
      parseAs: 'blob',
    }),
  );
}

/** The ouder objects to a decision; afterwards the decision and the terms are read anew (the bezwaar term is met). */
export function useBezwaarIndienen(leerlingId: string, tlvId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (toelichting: string) =>
      uitkomst(
        await api.POST('/ouderportaal/kinderen/{leerlingId}/toelaatbaarheidsverklaringen/{tlvId}/bezwaar', {
          params: { path: { leerlingId, tlvId } },
          body: { toelichting },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: kindZaakSleutels.tlvs(leerlingId) }),
        queryClient.invalidateQueries({ queryKey: kindZaakSleutels.termijnen(leerlingId) }),
      ]),
  });
}

/** The child's arrangementen in plain words. */
export function useKindArrangementen(leerlingId: string) {
  return useQuery({
    queryKey: kindZaakSleutels.arrangementen(leerlingId),
    queryFn: async () =>
      uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}/arrangementen', { params: { path: { leerlingId } } })).arrangementen,
  });
}

/** The terms that run for the ouder, soonest first. */
export function useKindTermijnen(leerlingId: string) {
  return useQuery({
    queryKey: kindZaakSleutels.termijnen(leerlingId),
    queryFn: async () => uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}/termijnen', { params: { path: { leerlingId } } })).termijnen,
  });
}

export type Toestemming = components['schemas']['Toestemming'];
export type MogelijkeOntvanger = components['schemas']['MogelijkeOntvanger'];
export type ToestemmingVerzoek = components['schemas']['ToestemmingVerzoek'];

const toestemmingSleutel = (id: string) => ['ouderportaal', 'toestemmingen', id] as const;

/** Who may look at the child's data from outside the school and the SWV, and whom the ouder can choose. */
export function useKindToestemmingen(leerlingId: string) {
  return useQuery({
    queryKey: toestemmingSleutel(leerlingId),
    queryFn: async () => uitkomst(await api.GET('/ouderportaal/kinderen/{leerlingId}/toestemmingen', { params: { path: { leerlingId } } })),
  });
}

/** The ouder gives consent for one recipient from the list. */
export function useToestemmingGeven(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: ToestemmingVerzoek) =>
      uitkomst(await api.POST('/ouderportaal/kinderen/{leerlingId}/toestemmingen', { params: { path: { leerlingId } }, body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: toestemmingSleutel(leerlingId) }),
  });
}

/** The ouder withdraws a consent; it holds at once. */
export function useToestemmingIntrekken(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (toestemmingId: string) =>
      uitkomst(
        await api.DELETE('/ouderportaal/kinderen/{leerlingId}/toestemmingen/{toestemmingId}', { params: { path: { leerlingId, toestemmingId } } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: toestemmingSleutel(leerlingId) }),
  });
}

export type ToestemmingOpPapierVerzoek = components['schemas']['ToestemmingOpPapierVerzoek'];

const toestemmingenVanLeerling = (leerlingId: string) => [...leerlingSleutels.detail(leerlingId), 'toestemmingen'] as const;

/** A pupil's consents (also withdrawn ones, with who withdrew them): for the school and SWV staff. */
export function useToestemmingen(leerlingId: string) {
  return useQuery({
    queryKey: toestemmingenVanLeerling(leerlingId),
    queryFn: async () => uitkomst(await api.GET('/leerlingen/{leerlingId}/toestemmingen', { params: { path: { leerlingId } } })),
  });
}

/** The pupil's school records a consent the ouders signed on paper. */
export function useToestemmingVastleggen(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verzoek: ToestemmingOpPapierVerzoek) =>
      uitkomst(await api.POST('/leerlingen/{leerlingId}/toestemmingen', { params: { path: { leerlingId } }, body: verzoek })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: toestemmingenVanLeerling(leerlingId) }),
  });
}

/** The pupil's school withdraws a consent on the ouders' word (on paper, or an ouder's in writing). */
export function useToestemmingIntrekkenDoorSchool(leerlingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (toestemmingId: string) =>
      uitkomst(await api.DELETE('/leerlingen/{leerlingId}/toestemmingen/{toestemmingId}', { params: { path: { leerlingId, toestemmingId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: toestemmingenVanLeerling(leerlingId) }),
  });
}
