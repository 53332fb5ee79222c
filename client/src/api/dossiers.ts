import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { uitkomst } from './antwoord';
import { api } from './client';
import type { components } from './schema';

export type Dossierimport = components['schemas']['Dossierimport'];
export type Verslagregel = components['schemas']['Verslagregel'];
export type BeschermdeGegevens = components['schemas']['BeschermdeGegevens'];

export const dossierSleutels = {
  detail: (id: string) => ['dossiers', 'detail', id] as const,
  vanLeerling: (leerlingId: string) => ['dossiers', 'leerling', leerlingId] as const,
};

export interface Aanlevering {
  bestand: File;
  /** The pupil the sender chose after the API doubted the match (422 leerling-twijfelachtig). */
  leerlingId?: string;
}

/**
 * Sends an OSO dossier: the file's own bytes as the body with application/xml, so the API reads the XML exactly as
 * the LAS wrote it (its encoding declaration included). A refusal keeps its problem+json, with line, position and
 * XPath per problem.
 */
export function useDossierAanleveren() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ bestand, leerlingId }: Aanlevering) =>
      uitkomst(
        await api.POST('/dossiers', {
          params: { query: leerlingId === undefined ? {} : { leerlingId } },
          // The contract types an XML body as text; what is sent are the file's own bytes.
          body: (await bestand.arrayBuffer()) as unknown as string,
          bodySerializer: (inhoud) => inhoud,
          headers: { 'Content-Type': 'application/xml' },
        }),
      ),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierSleutels.detail(dossier.id), dossier);
      // A newer dossier replaces the pupil's current one, so the pupil's list changes too.
      void queryClient.invalidateQueries({ queryKey: dossierSleutels.vanLeerling(dossier.leerlingId) });
    },
  });
}

/** One received dossier with its report; diagnoses are never in it, only whether it holds them. */
export function useDossier(id: string) {
  return useQuery({
    queryKey: dossierSleutels.detail(id),
    queryFn: async () =>
      uitkomst(await api.GET('/dossiers/{dossierimportId}', { params: { path: { dossierimportId: id } } })),
  });
}

/** The dossiers received for a pupil, the current one first. */
export function useDossiersVanLeerling(leerlingId: string) {
  return useQuery({
    queryKey: dossierSleutels.vanLeerling(leerlingId),
    queryFn: async () =>
      uitkomst(await api.GET('/leerlingen/{leerlingId}/dossiers', { params: { path: { leerlingId } } })),
  });
}

/**
 * Opens the diagnoses and medication of a dossier (SWV staff only), with the reason the auditlog records. Not cached:
 * every look is a new, recorded request.
 */
export function useBeschermdeGegevensOpenen(dossierimportId: string) {
  return useMutation({
    mutationFn: async (reden: string) =>
      uitkomst(
        await api.POST('/dossiers/{dossierimportId}/beschermde-gegevens', {
          params: { path: { dossierimportId } },
          body: { reden },
        }),
      ),
  });
}
